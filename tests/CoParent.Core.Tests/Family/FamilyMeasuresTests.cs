using CoParent.Core.Family;
using CoParent.Core.Measures;
using static CoParent.Core.Family.FamilyMeasures;

namespace CoParent.Core.Tests.Family;

public class FamilyMeasuresTests
{
    private static readonly MeasurePeriod Year = MeasurePeriod.YearToMarch(2026); // 1 April 2025 to 31 March 2026
    private static readonly DateOnly LastDay = new(2026, 3, 31);

    /// <summary>
    /// Six children in care on 31 March 2026 (1 to 6) and one who has left (7):
    /// 1 and 2 are brothers living with the Smiths at CM2 0AA; 3 is their sister with the Jones family;
    /// 4 and 7 are sisters, but 7 is not in care; 5 and 6 have no brothers or sisters recorded.
    /// </summary>
    private static Facts Example(
        IReadOnlyList<ArrangementFacts>? arrangements = null, IReadOnlyList<CarePlanFacts>? carePlans = null,
        IReadOnlyList<PermanenceFacts>? permanence = null) => new(
        new Dictionary<int, PlacementAddress>
        {
            [1] = new("Smith", "CM2 0AA"),
            [2] = new("SMITH", "cm2 0aa"),
            [3] = new("Jones", "CO1 1AA"),
            [4] = new("Patel", "SS1 1AA"),
            [5] = new("Brown", "CM1 1AA"),
            [6] = new("Green", "CM3 3AA"),
        },
        [(1, 2), (3, 1), (2, 3), (4, 7)],
        arrangements ?? [],
        carePlans ?? [],
        permanence ?? []);

    [Fact]
    public void SiblingsInCare_CountsChildrenWithABrotherOrSisterAlsoInCare()
    {
        // 1, 2 and 3 each have a sibling in care; 4's sister (7) has left care; 5 and 6 have none: 3 children.
        var result = Calculate(Example(), Year).Single(m => m.Id == "family.siblings-in-care");

        Assert.Equal(3m, result.Value);
        Assert.Equal([1, 2, 3], result.ChildIds);
    }

    [Fact]
    public void SiblingsLivingTogether_IsTheShareLivingWithAtLeastOne()
    {
        // Of 1, 2 and 3: 1 and 2 share a carer and postcode; 3 lives apart from both. 2 of 3 = 66.7%.
        var result = Calculate(Example(), Year).Single(m => m.Id == "family.siblings-living-together");

        Assert.Equal(66.7m, result.Value);
        Assert.Equal(2, result.Numerator);
        Assert.Equal(3, result.Denominator);
        Assert.Equal([1, 2], result.ChildIds);
    }

    [Fact]
    public void FamilyTimeArrangement_CountsCurrentArrangementsAndRecordedReasonsForNone()
    {
        // Child 1: current arrangement (open-ended). Child 2: arrangement ended 1 March 2026, so not current.
        // Child 3: arrangement starting after the period, not current. Child 4: care plan records why there is none.
        // Child 5: an older plan gave a reason but the newer plan (agreed later) gives none, so it does not count.
        // Child 6: arrangement ending on the last day itself, still current that day.
        // Counted: 1, 4 and 6 = 3 of 6 = 50%.
        var facts = Example(
            arrangements:
            [
                new(1, new(2025, 1, 1), null), new(2, new(2025, 1, 1), new(2026, 3, 1)), new(3, new(2026, 4, 1), null),
                new(6, new(2025, 6, 1), LastDay),
            ],
            carePlans:
            [
                new(4, new(2026, 1, 10), "Court order: no direct family time"),
                new(5, new(2025, 5, 1), "Child chose not to"), new(5, new(2026, 2, 1), null),
            ]);

        var result = Calculate(facts, Year).Single(m => m.Id == "family.family-time-arrangement");

        Assert.Equal(50m, result.Value);
        Assert.Equal([1, 4, 6], result.ChildIds);
        Assert.Equal(6, result.Denominator);
    }

    [Fact]
    public void PermanencePlan_CountsPlansSetByTheLastDay_AndAchievementsInThePeriod()
    {
        // Plans set: 1 (2024), 2 (2026-03-31, the last day, counts), 3 (2026-04-01, after: not yet).
        // Set by the last day: 1 and 2 = 2 of 6 = 33.3%.
        // Achieved in the period: 2 (2026-03-31) and 7 (2025-06-01, left care by adoption); 1's achieved date is
        // before the period (2025-03-31). 2 children.
        var facts = Example(permanence:
        [
            new(1, new(2024, 1, 1), new(2025, 3, 31)), new(2, LastDay, LastDay), new(3, new(2026, 4, 1), null),
            new(7, new(2024, 5, 1), new(2025, 6, 1)),
        ]);

        var measures = Calculate(facts, Year);

        var set = measures.Single(m => m.Id == "family.permanence-plan");
        Assert.Equal(33.3m, set.Value);
        Assert.Equal([1, 2], set.ChildIds);
        var achieved = measures.Single(m => m.Id == "family.permanence-achieved");
        Assert.Equal(2m, achieved.Value);
        Assert.Equal([2, 7], achieved.ChildIds);
    }

    [Fact]
    public void Calculate_NobodyInCare_GivesNoPercentages()
    {
        var facts = new Facts(new Dictionary<int, PlacementAddress>(), [], [], [], []);

        var measures = Calculate(facts, Year);

        Assert.Null(measures.Single(m => m.Id == "family.siblings-living-together").Value);
        Assert.Null(measures.Single(m => m.Id == "family.family-time-arrangement").Value);
        Assert.Equal(0m, measures.Single(m => m.Id == "family.siblings-in-care").Value);
    }
}
