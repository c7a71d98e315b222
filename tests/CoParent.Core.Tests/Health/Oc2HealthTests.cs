using CoParent.Core.Health;
using static CoParent.Core.Tests.Health.HealthBuilders;
using static CoParent.Core.Tests.Measures.Histories;

namespace CoParent.Core.Tests.Health;

public class Oc2HealthTests
{
    private static AnnualHealthOutcome Row() => new() { ChildId = 1, CollectionYear = 2026 };

    [Theory]
    [InlineData("2025-04-01", 2026)]
    [InlineData("2026-03-31", 2026)]
    [InlineData("2026-04-01", 2027)]
    public void CollectionYearOf_IsTheYearTo31March(string date, int year)
    {
        Assert.Equal(year, Oc2Health.CollectionYearOf(D(date)));
    }

    [Fact]
    public void Apply_Assessment_SetsHealthAssessment_AndHealthCheckOnlyForUnder5s()
    {
        // Year to 31 March 2026: a 10-year-old assessed June 2025 => HEALTH_ASSESSMENT 1, HEALTH_CHECK left blank (rule 546);
        // a child born January 2022 is 4 at 31 March => HEALTH_CHECK 1 too (rule 545).
        var older = Row();
        var younger = Row();

        Oc2Health.Apply(older, Person(1, "2015-06-10", Episode("2024-01-01")).Assessed("2025-06-01"), HealthRecordKind.Assessment);
        Oc2Health.Apply(younger, Person(1, "2022-01-01", Episode("2024-01-01")).Assessed("2025-06-01"), HealthRecordKind.Assessment);

        Assert.Equal(("1", null), (older.HealthAssessment, older.HealthCheck));
        Assert.Equal(("1", "1"), (younger.HealthAssessment, younger.HealthCheck));
    }

    [Fact]
    public void Apply_Immunisation_LatestCheckInTheYear()
    {
        var row = Row();

        var changed = Oc2Health.Apply(row, Person(1, "2015-06-10", Episode("2024-01-01")).Immunised("2025-05-01").Immunised("2026-01-10", upToDate: false),
            HealthRecordKind.ImmunisationCheck);

        Assert.True(changed);
        Assert.Equal("0", row.Immunisations);
    }

    [Fact]
    public void Apply_Dental_CheckBeforeTheYear_IsNotInIt()
    {
        var row = Row();

        Oc2Health.Apply(row, Person(1, "2015-06-10", Episode("2024-01-01")).Teeth("2025-03-01"), HealthRecordKind.DentalCheck);

        Assert.Equal("0", row.TeethCheck);
    }

    [Fact]
    public void Apply_Sdq_LatestCarerScore_ClearsTheReason()
    {
        var row = Row();
        row.SdqReason = "SDQ4";

        Oc2Health.Apply(row, Person(1, "2015-06-10", Episode("2024-01-01")).Sdq("2025-10-01", 12).Sdq("2026-01-01", 25, SdqInformant.Teacher),
            HealthRecordKind.Sdq);

        Assert.Equal(("12", null), (row.SdqScore, row.SdqReason));
    }

    [Fact]
    public void Apply_Sdq_ChildOlderThan16AtTheYearStart_LeavesTheRow()
    {
        // Born 1 March 2008: 17 on 1 April 2025, so no SDQ is asked for in the year (rule 189).
        var row = Row();

        var changed = Oc2Health.Apply(row, Person(1, "2008-03-01", Episode("2024-01-01")).Sdq("2025-10-01", 12), HealthRecordKind.Sdq);

        Assert.False(changed);
        Assert.Null(row.SdqScore);
    }

    [Fact]
    public void Apply_OneKind_LeavesTheOtherFieldsAsImported()
    {
        var row = Row();
        row.Immunisations = "1";
        row.HealthAssessment = "1";

        Oc2Health.Apply(row, Person(1, "2015-06-10", Episode("2024-01-01")).Teeth("2025-09-01"), HealthRecordKind.DentalCheck);

        Assert.Equal(("1", "1", "1"), (row.Immunisations, row.HealthAssessment, row.TeethCheck));
    }

    [Fact]
    public void InCohort_CameIntoCareInTheYear_IsNot()
    {
        Assert.True(Oc2Health.InCohort(Person(1, "2015-06-10", Episode("2024-01-01")), 2026));
        Assert.False(Oc2Health.InCohort(Person(1, "2015-06-10", Episode("2025-06-01")), 2026));
    }
}
