using CoParent.Core.Health;
using CoParent.Core.Measures;
using static CoParent.Core.Tests.Health.HealthBuilders;
using static CoParent.Core.Tests.Measures.Histories;

namespace CoParent.Core.Tests.Health;

public class HealthMeasuresTests
{
    private static readonly MeasurePeriod Year = MeasurePeriod.YearToMarch(2026);

    /// <summary>
    /// Year to 31 March 2026; the 12 months are 1 April 2025 to 31 March 2026 (6 months: from 1 October 2025).
    /// Cohort (looked after the whole 12 months): children 1, 2 and 3; child 4 came into care in June 2025.
    /// 1 (aged 10): assessed June 2025; immunisations checked twice, latest (January 2026) not up to date; teeth April 2025;
    ///   carer SDQ 12 (a teacher's 30 is not counted).
    /// 2 (aged 4): assessed 1 August 2025, more than 6 months before 31 March; immunisations up to date; no dentist;
    ///   carer SDQ 20 not counted (aged 4).
    /// 3 (aged 14): assessed 31 March 2025, a year and a day before; immunisations up to date; teeth 31 March 2026;
    ///   carer SDQs 15 then 18 (latest counts).
    /// Care leavers aged 18-21 who left at 18 or later: 5 (passport May 2025) and 6 (none); 7 left at 17; 8 is 23
    /// (but was given a passport in the year).
    /// </summary>
    private static IReadOnlyList<MeasureResult> Example() => HealthMeasures.Calculate(
    [
        Person(1, "2015-06-10", Episode("2024-01-01")).Assessed("2025-06-01").Immunised("2025-05-01").Immunised("2026-01-10", upToDate: false)
            .Teeth("2025-04-01").Sdq("2025-10-01", 12).Sdq("2025-11-01", 30, SdqInformant.Teacher),
        Person(2, "2022-01-01", Episode("2024-01-01")).Assessed("2025-08-01").Immunised("2025-12-01").Sdq("2026-01-01", 20),
        Person(3, "2012-02-01", Episode("2023-05-01")).Assessed("2025-03-31").Immunised("2025-04-01").Teeth("2026-03-31")
            .Sdq("2025-05-01", 15).Sdq("2026-02-01", 18),
        Person(4, "2013-01-01", Episode("2025-06-01")).Assessed("2025-07-01", HealthAssessmentKind.Initial).Teeth("2025-08-01"),
        Person(5, "2006-05-01", Episode("2020-01-01", dec: "2024-06-01", rec: "E4A")).Passport("2025-05-01"),
        Person(6, "2005-01-01", Episode("2019-01-01", dec: "2023-02-01", rec: "E4A")),
        Person(7, "2007-01-01", Episode("2019-01-01", dec: "2024-06-01", rec: "E4A")).Passport("2024-12-01"),
        Person(8, "2002-06-01", Episode("2015-01-01", dec: "2020-07-01", rec: "E4A")).Passport("2025-12-01"),
    ], Year);

    private static MeasureResult Get(string id) => Example().Single(m => m.Id == id);

    [Fact]
    public void AnnualCheck_InLast12Months_Or6ForUnder5s()
    {
        // 1 yes; 2 no (under 5, 8 months ago); 3 no (a year and a day) => 1 of 3 = 33.3%.
        var m = Get("health.annual-check");

        Assert.Equal((1, 3, 33.3m), (m.Numerator, m.Denominator, m.Value));
        Assert.Equal([1], m.ChildIds);
    }

    [Fact]
    public void Immunisations_LatestCheckInTheYearCounts()
    {
        // 1 no (latest not up to date); 2 and 3 yes => 2 of 3 = 66.7%.
        var m = Get("health.immunisations");

        Assert.Equal((2, 3, 66.7m), (m.Numerator, m.Denominator, m.Value));
        Assert.Equal([2, 3], m.ChildIds);
    }

    [Fact]
    public void Dental_CheckInTheYear()
    {
        // 1 and 3 (on the last day) yes; 2 no => 2 of 3; child 4's check is outside the cohort.
        var m = Get("health.dental");

        Assert.Equal((2, 3, 66.7m), (m.Numerator, m.Denominator, m.Value));
        Assert.Equal([1, 3], m.ChildIds);
    }

    [Fact]
    public void Sdq_AverageAndBands_CarerScoresForAges5To16()
    {
        // Scores 12 (child 1) and 18 (child 3's latest) => average 15.0; bands: normal 1 of 2, borderline 0, concern 1 of 2.
        Assert.Equal(15.0m, Get("health.sdq.average").Value);
        Assert.Equal(2, Get("health.sdq.average").Denominator);
        Assert.Equal(50m, Get("health.sdq.normal").Value);
        Assert.Equal(0m, Get("health.sdq.borderline").Value);
        Assert.Equal(50m, Get("health.sdq.concern").Value);
        Assert.Equal([3], Get("health.sdq.concern").ChildIds);
    }

    [Fact]
    public void Passports_GivenInThePeriod_AndShareOfCareLeavers()
    {
        // Given in the year: 5 and 8 => 2. Care leavers 18-21 who left at 18+: 5 and 6, of whom 5 has one => 50%.
        var given = Get("health.passport.given");
        var leavers = Get("health.passport.care-leavers");

        Assert.Equal(2m, given.Value);
        Assert.Equal([5, 8], given.ChildIds);
        Assert.Equal((1, 2, 50m), (leavers.Numerator, leavers.Denominator, leavers.Value));
    }

    [Fact]
    public void Calculate_NobodyInTheCohort_PercentagesHaveNoValue()
    {
        var measures = HealthMeasures.Calculate([], Year);

        Assert.Null(measures.Single(m => m.Id == "health.annual-check").Value);
        Assert.Null(measures.Single(m => m.Id == "health.sdq.average").Value);
    }
}
