using CoParent.Core.Education;

namespace CoParent.Core.Tests.Education;

public sealed class SchoolYearTests
{
    [Theory]
    // Born 1 September 2015: 10 on 31 August 2026, so Year 6 in 2026-27 (the oldest in the year).
    [InlineData("2015-09-01", "2026-11-23", 6)]
    // Born 31 August 2016: 10 on 31 August 2026 too, so Year 6 (the youngest in the year).
    [InlineData("2016-08-31", "2026-11-23", 6)]
    // Born 1 September 2016: 9 on 31 August 2026: Year 5.
    [InlineData("2016-09-01", "2026-11-23", 5)]
    // 4 on 31 August 2026: Reception; 3: nursery.
    [InlineData("2022-05-10", "2026-11-23", 0)]
    [InlineData("2023-05-10", "2026-11-23", -1)]
    // 17 on 31 August 2026: Year 13.
    [InlineData("2009-01-15", "2026-11-23", 13)]
    // In July the academic year is still 2025-26: 9 on 31 August 2025, so Year 5.
    [InlineData("2016-03-01", "2026-07-20", 5)]
    public void YearGroupFor_FollowsAgeOnThe31stOfAugustBeforeTheAcademicYear(string born, string on, int expected) =>
        Assert.Equal(expected, SchoolYear.YearGroupFor(DateOnly.Parse(born), DateOnly.Parse(on)));

    [Fact]
    public void AcademicYear_RunsFromSeptemberToAugust()
    {
        Assert.Equal(2026, SchoolYear.AcademicYearStarting(new DateOnly(2026, 9, 1)));
        Assert.Equal(2025, SchoolYear.AcademicYearStarting(new DateOnly(2026, 8, 31)));
        Assert.Equal("2026-27", SchoolYear.AcademicYearLabel(2026));
        Assert.Equal("Reception", SchoolYear.YearGroupLabel(0));
        Assert.Equal("Year 11", SchoolYear.YearGroupLabel(11));
    }
}
