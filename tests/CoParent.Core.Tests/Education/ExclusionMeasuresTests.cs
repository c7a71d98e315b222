using CoParent.Core.Education;
using CoParent.Core.Measures;

namespace CoParent.Core.Tests.Education;

public class ExclusionMeasuresTests
{
    private static readonly MeasurePeriod Year = new(new DateOnly(2025, 9, 1), new DateOnly(2026, 8, 31));

    private static Exclusion Suspension(int child, string start, ExclusionDecision decision = ExclusionDecision.Upheld) =>
        new() { ChildId = child, Kind = ExclusionKind.Suspension, StartDate = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), SessionsLost = 2, Reason = "PD", Decision = decision };

    private static Exclusion Permanent(int child, string start, ExclusionDecision decision = ExclusionDecision.Upheld) =>
        new() { ChildId = child, Kind = ExclusionKind.Permanent, StartDate = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), Reason = "PA", Decision = decision };

    /// <summary>
    /// Eight children on roll (1-8). Suspensions: child 1 twice, child 2 once, child 3 once but overturned, child 9
    /// (not on roll) once, child 4 once before the period. Counted: 3 suspensions (1, 1, 2) over 8 = 37.5 per 100;
    /// children suspended: 2 of 8 = 25.0%. Permanent: child 5 upheld, child 6 withdrawn: 1; 1 / 8 × 10,000 = 1250.0.
    /// Part-time: child 7 (Oct 2025 to Dec 2025) and child 8 (from July 2026, still going); child 1's ended in August
    /// 2025 = 2 children. Missing education on 31 August 2026: child 8 (from 1 August, open); child 7's ended in June = 1.
    /// </summary>
    private static IReadOnlyList<MeasureResult> Example() => ExclusionMeasures.Calculate(Year, [1, 2, 3, 4, 5, 6, 7, 8],
        [
            Suspension(1, "2025-10-01"), Suspension(1, "2026-02-01"), Suspension(2, "2026-08-31"),
            Suspension(3, "2025-11-01", ExclusionDecision.Overturned), Suspension(9, "2025-11-01"), Suspension(4, "2025-08-31"),
            Permanent(5, "2026-03-01"), Permanent(6, "2026-03-01", ExclusionDecision.Withdrawn),
        ],
        [
            new PartTimeTimetable { ChildId = 7, StartDate = new(2025, 10, 1), ReviewDate = new(2025, 11, 1), EndDate = new(2025, 12, 1) },
            new PartTimeTimetable { ChildId = 8, StartDate = new(2026, 7, 1), ReviewDate = new(2026, 7, 15) },
            new PartTimeTimetable { ChildId = 1, StartDate = new(2025, 6, 1), ReviewDate = new(2025, 7, 1), EndDate = new(2025, 8, 31) },
        ],
        [
            new MissingEducationEpisode { ChildId = 8, From = new(2026, 8, 1) },
            new MissingEducationEpisode { ChildId = 7, From = new(2026, 5, 1), To = new(2026, 6, 30) },
        ]);

    private static MeasureResult Get(string id) => Example().Single(m => m.Id == id);

    [Fact]
    public void SuspensionRate_CountsEveryUpheldSuspensionPer100ChildrenOnRoll()
    {
        var rate = Get("education.exclusions.suspension-rate");

        Assert.Equal(37.5m, rate.Value);
        Assert.Equal(MeasureUnits.Per100, rate.Unit);
        Assert.Equal((3, 8), (rate.Numerator, rate.Denominator));
        Assert.Equal([1, 2], rate.ChildIds);
    }

    [Fact]
    public void OneOrMoreSuspensions_CountsEachChildOnce()
    {
        var share = Get("education.exclusions.one-or-more-suspensions");

        Assert.Equal(25.0m, share.Value);
        Assert.Equal((2, 8), (share.Numerator, share.Denominator));
    }

    [Fact]
    public void PermanentExclusions_CountOnlyUpheldOnes()
    {
        Assert.Equal(1m, Get("education.exclusions.permanent").Value);
        Assert.Equal([5], Get("education.exclusions.permanent").ChildIds);
        Assert.Equal(1250.0m, Get("education.exclusions.permanent-per-10000").Value);
    }

    [Fact]
    public void PartTimeTimetables_CountChildrenWithOneInThePeriod()
    {
        var partTime = Get("education.exclusions.part-time-timetables");

        Assert.Equal(2m, partTime.Value);
        Assert.Equal([7, 8], partTime.ChildIds);
    }

    [Fact]
    public void MissingEducation_CountsChildrenWithoutAPlaceOnThePeriodsLastDay()
    {
        Assert.Equal([8], Get("education.exclusions.missing-education").ChildIds);
    }

    [Fact]
    public void Rates_AreNullWhenNoChildIsOnRoll()
    {
        var result = ExclusionMeasures.Calculate(Year, [], [], [], []);

        Assert.Null(result.Single(m => m.Id == "education.exclusions.suspension-rate").Value);
    }

    [Fact]
    public void SuspensionLimit_IsExceededAfter45SchoolDaysInOneAcademicYear()
    {
        // 46 days = 92 sessions in 2025-26 (one withdrawn suspension of 10 sessions does not count): 46 > 45.
        List<Exclusion> exclusions =
        [
            new() { Kind = ExclusionKind.Suspension, StartDate = new(2025, 9, 10), SessionsLost = 90 },
            new() { Kind = ExclusionKind.Suspension, StartDate = new(2026, 1, 10), SessionsLost = 2 },
            new() { Kind = ExclusionKind.Suspension, StartDate = new(2026, 1, 20), SessionsLost = 10, Decision = ExclusionDecision.Withdrawn },
        ];

        Assert.Equal(46m, SuspensionLimit.DaysInYear(exclusions, 2025));
        Assert.True(SuspensionLimit.IsExceeded(exclusions, 2025));
        Assert.False(SuspensionLimit.IsExceeded(exclusions.Take(1), 2025));
    }
}
