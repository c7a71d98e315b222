using CoParent.Core.Measures;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Identity;

/// <summary>A child in care as the identity measures see them; <see cref="HouseholdId"/> is the carers' household of the episode open at the period's end.</summary>
public sealed record IdentityChild(int ChildId, string Ethnicity, string? Religion, IReadOnlyList<EpisodeFacts> Episodes, int? HouseholdId);

public sealed record HouseholdFacts(int Id, string Ethnicity, string? SecondEthnicity, string? Religion);

public sealed record LifeStoryFacts(int ChildId, DateOnly Started, DateOnly? Completed, DateOnly? LastReviewed, LifeStoryFeeling? Feeling);

public sealed record LetterFacts(int ChildId, DateOnly Written);

/// <summary>
/// Outcome 3 ("I know who I am and where I come from") and Pledge promise 1, as the Co-Parenting Strategy names
/// them: Black, Asian and minority ethnic children placed with foster carers of the same ethnic background or
/// religion; life story work; later life letters. Children in care are counted at the period's end as the DfE
/// counts children looked after on a date (measures.md §1): an open episode, short breaks (V3, V4) left out.
/// </summary>
public static class IdentityMeasures
{
    /// <summary>
    /// Black, Asian and minority ethnic: every DfE ethnicity except White British, White Irish and any other White
    /// background. Gypsy/Roma and Traveller of Irish heritage are minority ethnic groups, so they count. Refused and
    /// not yet obtained are not known, so the child is in neither group.
    /// </summary>
    public static bool IsMinorityEthnic(string? ethnicity) =>
        CodeSets.Ethnicity.Canonical(ethnicity) is { } code && code is not ("WBRI" or "WIRI" or "WOTH" or "REFU" or "NOBT");

    /// <summary>
    /// The same ethnic background: either of the household's ethnicities is in the child's DfE ethnic group (White,
    /// Mixed, Asian, Black, Other). A Gypsy/Roma or Irish Traveller child needs carers of that same heritage, since
    /// the group "White" would otherwise match them with any White household.
    /// </summary>
    public static bool SameEthnicBackground(string childEthnicity, HouseholdFacts household)
    {
        if (!IsMinorityEthnic(childEthnicity)) return false;
        var child = CodeSets.Ethnicity.Canonical(childEthnicity)!;
        return new[] { household.Ethnicity, household.SecondEthnicity }
            .Select(c => CodeSets.Ethnicity.Canonical(c))
            .Any(c => c is not null and not ("REFU" or "NOBT")
                      && (child is "WIRT" or "WROM" ? c == child : CodeSets.EthnicGroup(c) == CodeSets.EthnicGroup(child)));
    }

    /// <summary>Matched on ethnic background or on a shared religion (<see cref="Religions.Shared"/>).</summary>
    public static bool Matched(IdentityChild child, HouseholdFacts household) =>
        SameEthnicBackground(child.Ethnicity, household) || Religions.Shared(child.Religion, household.Religion);

    public static IReadOnlyList<MeasureResult> Calculate(
        IEnumerable<IdentityChild> children, IEnumerable<HouseholdFacts> households,
        IEnumerable<LifeStoryFacts> lifeStories, IEnumerable<LetterFacts> letters, MeasurePeriod period)
    {
        var end = period.To;
        var byId = households.ToDictionary(h => h.Id);
        var inCare = children.Where(c => CareHistory.OpenEpisode(c.Episodes, end) is { } open && !CodeSets.IsShortBreak(open.Ls)).ToList();
        var results = new List<MeasureResult>();

        var fosteredMinority = inCare.Where(c => IsMinorityEthnic(c.Ethnicity) && CodeSets.IsFoster(CareHistory.OpenEpisode(c.Episodes, end)!.Place)).ToList();
        var known = fosteredMinority.Where(c => c.HouseholdId is { } id && byId.ContainsKey(id)).ToList();
        var matched = known.Where(c => Matched(c, byId[c.HouseholdId!.Value])).ToList();
        results.Add(Percent("identity.bame-foster-matched", "Black, Asian and minority ethnic children fostered by carers of the same ethnic background or religion",
            "Children in our care at the end of the period who are Black, Asian or minority ethnic (every DfE ethnicity but White British, " +
            "White Irish and other White; Gypsy/Roma and Irish Traveller children count, children whose ethnicity is refused or not yet " +
            "obtained do not) and live in foster care, whose foster household has an ethnicity in the child's DfE ethnic group or shares " +
            "the child's religion, out of those whose foster household's ethnicity and religion are recorded.",
            matched.Select(c => c.ChildId), known.Count));
        var notRecorded = fosteredMinority.Except(known).Select(c => c.ChildId).ToList();
        results.Add(Count("identity.bame-foster-household-not-recorded", "Black, Asian and minority ethnic children in foster care whose carers' household is not recorded",
            "Black, Asian and minority ethnic children in foster care at the end of the period whose placement has no carers' household " +
            "recorded, so they are left out of the matching figure.", notRecorded));

        var stories = lifeStories.GroupBy(s => s.ChildId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Started).Last());
        var yearOrMore = inCare.Where(c => CareHistory.PeriodOfCareStart(c.Episodes, end) is { } start && start <= end.AddYears(-1)).ToList();
        var completed = yearOrMore.Where(c => stories.TryGetValue(c.ChildId, out var s) && s.Completed is { } done && done <= end).ToList();
        results.Add(Percent("identity.life-story-completed", "Life story work completed",
            "Children who at the end of the period had been in care without a break for 12 months or more, whose life story work " +
            "was completed on or before that day, out of all children in care that long.",
            completed.Select(c => c.ChildId), yearOrMore.Count));

        // The answer given at the latest review up to the period's end (or at completion, before any review).
        var answered = inCare
            .Select(c => stories.TryGetValue(c.ChildId, out var s) ? s : null)
            .Where(s => s is { Feeling: not null } && (s.LastReviewed ?? s.Completed) is { } asked && asked <= end)
            .Select(s => s!)
            .ToList();
        foreach (var feeling in Enum.GetValues<LifeStoryFeeling>())
        {
            var these = answered.Where(s => s.Feeling == feeling).Select(s => s.ChildId);
            results.Add(Percent($"identity.life-story-feeling.{FeelingSlug(feeling)}", $"Feel about their life story work: {LifeStoryWork.Describe(feeling).ToLowerInvariant()}",
                $"Children in our care at the end of the period whose answer, at the latest review of their life story work, to how they " +
                $"feel about it was \"{LifeStoryWork.Describe(feeling)}\", out of all children in care who have been asked.",
                these, answered.Count));
        }

        var written = letters.Where(l => period.Contains(l.Written)).ToList();
        results.Add(new MeasureResult("identity.later-life-letters", "Later life letters written",
            "Later life letters written during the period, one for each letter (a child may have more than one).",
            written.Count, written.Count, 0, MeasureUnits.Children, written.Select(l => l.ChildId).Distinct().ToList()));
        return results;
    }

    public static string FeelingSlug(LifeStoryFeeling feeling) => feeling switch
    {
        LifeStoryFeeling.Happy => "happy",
        LifeStoryFeeling.Ok => "ok",
        LifeStoryFeeling.NotHappy => "not-happy",
        _ => "did-not-say",
    };

    private static MeasureResult Percent(string id, string name, string definition, IEnumerable<int> numerator, int denominator)
    {
        var ids = numerator.ToList();
        return new(id, name, definition, denominator == 0 ? null : Math.Round(ids.Count * 100m / denominator, 1),
            ids.Count, denominator, MeasureUnits.Percent, ids);
    }

    private static MeasureResult Count(string id, string name, string definition, List<int> ids) =>
        new(id, name, definition, ids.Count, ids.Count, 0, MeasureUnits.Children, ids);
}
