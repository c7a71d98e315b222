using CoParent.Core.Education;
using CoParent.Core.Measures;

namespace CoParent.Core.Tests.Education;

public sealed class PupilPremiumMeasuresTests
{
    private static readonly MeasurePeriod Year2025To26 = MeasurePeriod.YearToMarch(2026);

    /// <summary>
    /// 2025-26, rate £2,630, 10 children counted: grant 2,630 × 10 = £26,300.
    /// Lines in 2025-26: child 1 £1,000 to school (spent £800, target met); child 2 £600 to school (not spent, target not met);
    /// child 2 £300 held centrally (spent £300); central pool £2,000 (£1,500 spent on 10 April 2026, after the period);
    /// child 4 £400 to school against a target not yet reviewed. A 2024-25 line for child 3 (£900) is another year's.
    /// Committed 1,000 + 600 + 300 + 2,000 + 400 = £4,300; spent 800 + 300 = £1,100; not committed 26,300 − 4,300 = £22,000;
    /// money for targets met 1,000 of the 1,600 for targets judged = 62.5% (child 4's £400 is not judged yet).
    /// </summary>
    private static IReadOnlyList<MeasureResult> Worked() => PupilPremiumMeasures.Calculate(
    [
        new(1, 2025, 1000m, PupilPremiumAllocationKind.PassedToSchool, new(2025, 5, 1), 800m, new(2025, 7, 1), PepTargetOutcome.Met),
        new(2, 2025, 600m, PupilPremiumAllocationKind.PassedToSchool, new(2025, 6, 1), null, null, PepTargetOutcome.NotMet),
        new(2, 2025, 300m, PupilPremiumAllocationKind.HeldCentrally, new(2025, 6, 1), 300m, new(2025, 9, 1), null),
        new(null, 2025, 2000m, PupilPremiumAllocationKind.HeldCentrally, new(2025, 5, 1), 1500m, new(2026, 4, 10), null),
        new(4, 2025, 400m, PupilPremiumAllocationKind.PassedToSchool, new(2025, 10, 1), null, null, PepTargetOutcome.NotYetReviewed),
        new(3, 2024, 900m, PupilPremiumAllocationKind.PassedToSchool, new(2024, 9, 1), 900m, new(2024, 12, 1), PepTargetOutcome.Met),
    ], rate: 2630m, eligibleChildren: 10, Year2025To26);

    [Fact]
    public void Grant_IsRateTimesChildrenCounted()
    {
        var grant = Worked().Single(m => m.Id == "education.pupil-premium.grant");

        Assert.Equal(26_300m, grant.Value);
        Assert.Equal(10, grant.Numerator);
        Assert.Equal(MeasureUnits.Pounds, grant.Unit);
    }

    [Fact]
    public void Committed_AddsTheYearsLinesIncludingTheCentralPool()
    {
        var committed = Worked().Single(m => m.Id == "education.pupil-premium.committed");

        Assert.Equal(4_300m, committed.Value);
        Assert.Equal([1, 2, 4], committed.ChildIds);
    }

    [Fact]
    public void Spent_CountsSpendingUpToThePeriodsEndOnly()
    {
        var spent = Worked().Single(m => m.Id == "education.pupil-premium.spent");

        Assert.Equal(1_100m, spent.Value);
    }

    [Fact]
    public void Balance_IsTheGrantLessWhatIsCommitted()
    {
        var balance = Worked().Single(m => m.Id == "education.pupil-premium.balance");

        Assert.Equal(22_000m, balance.Value);
    }

    [Fact]
    public void TargetMet_IsTheShareOfMoneyForTargetsJudgedMetLeavingOutTargetsNotYetReviewed()
    {
        var met = Worked().Single(m => m.Id == "education.pupil-premium.target-met");

        Assert.Equal(62.5m, met.Value);
        Assert.Equal(1, met.Numerator);
        Assert.Equal(2, met.Denominator);
        Assert.Equal([1], met.ChildIds);
    }

    [Fact]
    public void Calculate_WithNoRateOrLines_GivesNoGrantAndNoShare()
    {
        var measures = PupilPremiumMeasures.Calculate([], rate: null, eligibleChildren: 4, Year2025To26);

        Assert.Null(measures.Single(m => m.Id == "education.pupil-premium.grant").Value);
        Assert.Null(measures.Single(m => m.Id == "education.pupil-premium.balance").Value);
        Assert.Null(measures.Single(m => m.Id == "education.pupil-premium.target-met").Value);
        Assert.Equal(0m, measures.Single(m => m.Id == "education.pupil-premium.committed").Value);
    }
}
