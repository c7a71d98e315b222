using CoParent.Core.Measures;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Safety;

/// <summary>One spell of an episode of care, as much as the safety measures need: who, when and the legal status.</summary>
public sealed record CareSpell(int ChildId, DateOnly Start, DateOnly? End, string Ls)
{
    /// <summary>Looked after on the day: started on or before it and not ended by it (an episode ending on a day is not open on it).</summary>
    public bool IsOpenOn(DateOnly date) => Start <= date && (End is null || End > date);
}

/// <summary>
/// The strategy's safety measures for Outcome 4 ("80 children missing 271 times", return conversations, exploitation)
/// over a period, from missing episodes, episodes of care and exploitation risk assessments.
/// <list type="bullet">
/// <item>An incident is a missing (M) or away (A) episode that started in the period, as the DfE counts incidents in a year (measures.md §4).</item>
/// <item>Children looked after during the period: an episode of care touching the period, short breaks (V3, V4) not counted (measures.md §4, §1).</item>
/// <item>A return in the period is an episode that ended in it; the return conversation timescale is <see cref="ReturnConversationRules"/>.</item>
/// </list>
/// </summary>
public static class SafetyMeasures
{
    public const string Incidents = "incidents";

    public static IReadOnlyList<MeasureResult> Calculate(
        MeasurePeriod period, IEnumerable<MissingEpisode> missing, IEnumerable<CareSpell> spells, IEnumerable<ExploitationRiskAssessment> assessments)
    {
        var episodes = missing.ToList();
        var care = spells.Where(s => !CodeSets.IsShortBreak(s.Ls)).ToList();
        var lookedAfter = care.Where(s => period.Overlaps(s.Start, s.End)).Select(s => s.ChildId).ToHashSet();
        var started = episodes.Where(e => period.Contains(e.Start)).ToList();

        var results = new List<MeasureResult>();
        foreach (var (slug, label, kinds) in Kinds)
        {
            var incidents = started.Where(e => kinds.Contains(e.Kind ?? "")).ToList();
            var children = incidents.Select(e => e.ChildId).Distinct().Order().ToList();
            results.Add(new($"safety.{slug}.children", $"Children {label}",
                $"Children with at least one incident of being {label} that started in the period (SSDA903 Missing table, MISSING {string.Join(" or ", kinds)}).",
                children.Count, children.Count, 0, MeasureUnits.Children, children));
            results.Add(new($"safety.{slug}.incidents", $"Incidents of being {label}",
                $"How many times children were {label}: each episode that started in the period is one incident, however long it lasted.",
                incidents.Count, incidents.Count, 0, Incidents, children));
            var ofLookedAfter = children.Where(lookedAfter.Contains).ToList();
            results.Add(new($"safety.{slug}.percent-looked-after", $"Children looked after who were {label}",
                $"Children looked after at any time in the period who had at least one incident of being {label} that started in it, " +
                "out of all children looked after at any time in the period (children on agreed short breaks, V3 or V4, are not counted), as measures.md §4 describes the DfE's measure.",
                Percent(ofLookedAfter.Count, lookedAfter.Count), ofLookedAfter.Count, lookedAfter.Count, MeasureUnits.Percent, ofLookedAfter));
        }

        var returns = episodes.Where(e => e.End is { } end && period.Contains(end)).ToList();
        var offered = returns.Where(ReturnConversationRules.OfferedInTime).ToList();
        var held = returns.Where(ReturnConversationRules.HeldInTime).ToList();
        results.Add(new("safety.return-conversation.offered-72h", "Return conversations offered within 72 hours",
            "Of the children's returns from being missing or away in the period, the share where a return conversation (Missing Chat) was offered " +
            "within 72 hours of the child coming back, as the DfE's statutory guidance on children who go missing from care asks.",
            Percent(offered.Count, returns.Count), offered.Count, returns.Count, MeasureUnits.Percent, Children(offered)));
        results.Add(new("safety.return-conversation.held-72h", "Return conversations held within 72 hours",
            "Of the children's returns from being missing or away in the period, the share where the return conversation took place within 72 hours " +
            "of the child coming back. Conversations the child declined, or held later, are not counted as held in time.",
            Percent(held.Count, returns.Count), held.Count, returns.Count, MeasureUnits.Percent, Children(held)));

        results.AddRange(Exploitation(period.To, care, assessments));
        return results;
    }

    private static readonly (string Slug, string Label, string[] Kinds)[] Kinds =
    [
        ("missing", "missing", ["M"]),
        ("away", "away without authorisation", ["A"]),
        ("missing-or-away", "missing or away", ["M", "A"]),
    ];

    /// <summary>
    /// Children looked after on the day whose latest assessment of a kind of exploitation, on or before the day, says
    /// they are at risk (at risk or significant risk). Each kind has its own latest assessment, so a later assessment
    /// of criminal exploitation does not wipe out an earlier one of sexual exploitation. "Both" means at risk of each.
    /// </summary>
    private static IEnumerable<MeasureResult> Exploitation(DateOnly day, List<CareSpell> care, IEnumerable<ExploitationRiskAssessment> assessments)
    {
        var inCare = care.Where(s => s.IsOpenOn(day)).Select(s => s.ChildId).ToHashSet();
        var known = assessments.Where(a => a.AssessedOn <= day && inCare.Contains(a.ChildId)).ToList();
        var sexual = AtRisk(known.Where(a => a.CoversSexual));
        var criminal = AtRisk(known.Where(a => a.CoversCriminal));
        var both = sexual.Intersect(criminal).Order().ToList();
        var either = sexual.Union(criminal).Order().ToList();
        const string Scale = "The latest assessment on or before the last day of the period says the child is at risk or at significant risk; only children in our care that day are counted.";
        yield return Count("safety.exploitation.sexual", "Children at risk of sexual exploitation",
            "Children in our care on the last day of the period recorded as at risk of sexual exploitation. " + Scale, sexual.Order().ToList());
        yield return Count("safety.exploitation.criminal", "Children at risk of criminal exploitation",
            "Children in our care on the last day of the period recorded as at risk of criminal exploitation (for example county lines). " + Scale, criminal.Order().ToList());
        yield return Count("safety.exploitation.both", "Children at risk of both sexual and criminal exploitation",
            "Children in our care on the last day of the period recorded as at risk of sexual exploitation and of criminal exploitation. " + Scale, both);
        yield return Count("safety.exploitation.any", "Children at risk of exploitation",
            "Children in our care on the last day of the period recorded as at risk of sexual or criminal exploitation, or both. " + Scale, either);
    }

    private static HashSet<int> AtRisk(IEnumerable<ExploitationRiskAssessment> assessments) =>
        assessments.GroupBy(a => a.ChildId)
            .Select(g => g.OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.Id).First())
            .Where(a => a.IsAtRisk).Select(a => a.ChildId).ToHashSet();

    private static MeasureResult Count(string id, string name, string definition, List<int> children) =>
        new(id, name, definition, children.Count, children.Count, 0, MeasureUnits.Children, children);

    private static List<int> Children(IEnumerable<MissingEpisode> episodes) => episodes.Select(e => e.ChildId).Distinct().Order().ToList();

    private static decimal? Percent(int numerator, int denominator) =>
        denominator == 0 ? null : Math.Round(numerator * 100m / denominator, 1);
}
