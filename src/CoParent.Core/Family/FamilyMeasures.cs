using CoParent.Core.Measures;

namespace CoParent.Core.Family;

/// <summary>
/// The Family and relationships measures (Outcomes 1 and 5, Pledge promise 4) over a period, counted on its last
/// day over the children in care then: an open episode that is not an agreed series of short breaks (legal status
/// V3 or V4), as the DfE counts children looked after on a date (measures.md §1, §2).
/// </summary>
public static class FamilyMeasures
{
    public sealed record ArrangementFacts(int ChildId, DateOnly From, DateOnly? To);
    public sealed record CarePlanFacts(int ChildId, DateOnly AgreedOn, string? NoFamilyTimeReason);
    public sealed record PermanenceFacts(int ChildId, DateOnly SetOn, DateOnly? AchievedOn);

    /// <param name="InCare">The children in care on the period's last day and where each lives.</param>
    /// <param name="Siblings">Every recorded pair of brothers and sisters (either order).</param>
    public sealed record Facts(
        IReadOnlyDictionary<int, PlacementAddress> InCare,
        IReadOnlyList<(int ChildId, int SiblingId)> Siblings,
        IReadOnlyList<ArrangementFacts> Arrangements,
        IReadOnlyList<CarePlanFacts> CarePlans,
        IReadOnlyList<PermanenceFacts> PermanencePlans);

    public static IReadOnlyList<MeasureResult> Calculate(Facts facts, MeasurePeriod period)
    {
        var asAt = period.To;
        var inCare = facts.InCare.Keys.Order().ToList();

        // Each child's brothers and sisters who are also in care on the date.
        var siblingsInCare = new Dictionary<int, List<int>>();
        foreach (var (a, b) in facts.Siblings)
        {
            if (a == b || !facts.InCare.ContainsKey(a) || !facts.InCare.ContainsKey(b)) continue;
            Add(siblingsInCare, a, b);
            Add(siblingsInCare, b, a);
        }
        var withSibling = inCare.Where(siblingsInCare.ContainsKey).ToList();
        var livingWithOne = withSibling
            .Where(c => siblingsInCare[c].Any(s => SiblingPlacement.LiveTogether(facts.InCare[c], facts.InCare[s]))).ToList();

        var withArrangement = facts.Arrangements
            .Where(a => a.From <= asAt && (a.To is null || a.To >= asAt)).Select(a => a.ChildId).ToHashSet();
        var reasonRecorded = facts.CarePlans
            .Where(p => p.AgreedOn <= asAt)
            .GroupBy(p => p.ChildId)
            .Where(g => !string.IsNullOrWhiteSpace(g.MaxBy(p => p.AgreedOn)!.NoFamilyTimeReason))
            .Select(g => g.Key).ToHashSet();
        var familyTimeKnown = inCare.Where(c => withArrangement.Contains(c) || reasonRecorded.Contains(c)).ToList();

        var planSet = facts.PermanencePlans.Where(p => p.SetOn <= asAt).Select(p => p.ChildId).ToHashSet();
        var withPlan = inCare.Where(planSet.Contains).ToList();

        var achieved = facts.PermanencePlans
            .Where(p => p.AchievedOn is { } on && period.Contains(on)).Select(p => p.ChildId).Distinct().Order().ToList();

        return
        [
            Count("family.siblings-in-care", "Children in care with a brother or sister also in care",
                "Children in our care on the last day of the period who have a brother or sister (full, half or step, as recorded " +
                "on CoParent) who is also in our care that day. Children on an agreed series of short breaks (V3, V4) are not counted.",
                withSibling),
            Percent("family.siblings-living-together", "Living with a brother or sister in care",
                "Of the children in our care on the last day of the period who have a brother or sister also in care, those living " +
                "with at least one of them: their open episodes have the same carer's name and the same placement postcode (PL_POST).",
                livingWithOne, withSibling.Count),
            Percent("family.family-time-arrangement", "Family time arranged",
                "Children in our care on the last day of the period with a family time arrangement current that day, or whose care " +
                "plan then records why they have none, out of all children in our care that day.",
                familyTimeKnown, inCare.Count),
            Percent("family.permanence-plan", "Permanence plan set",
                "Children in our care on the last day of the period whose plan for permanence (where they will grow up) had been " +
                "set by that day, out of all children in our care that day.",
                withPlan, inCare.Count),
            Count("family.permanence-achieved", "Permanence plans achieved",
                "Children whose plan for permanence was achieved during the period (for example an adoption order made, a special " +
                "guardianship order made, a return home or a long-term fostering match confirmed), whether or not they are still in care.",
                achieved),
        ];
    }

    private static void Add(Dictionary<int, List<int>> map, int key, int value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (!list.Contains(value)) list.Add(value);
    }

    private static MeasureResult Percent(string id, string name, string definition, List<int> numerator, int denominator) =>
        new(id, name, definition,
            denominator == 0 ? null : Math.Round(numerator.Count * 100m / denominator, 1),
            numerator.Count, denominator, MeasureUnits.Percent, numerator);

    private static MeasureResult Count(string id, string name, string definition, List<int> children) =>
        new(id, name, definition, children.Count, children.Count, 0, MeasureUnits.Children, children);
}
