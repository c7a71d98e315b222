using CoParent.Core.Education;
using CoParent.Core.Measures;

namespace CoParent.Core.Tests.Education;

public sealed class EducationMoveTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // Left on the last day of the summer term, started at the start of September: a move at the start of the year.
    [InlineData("2026-07-22", "2026-09-03", false)]
    // Left in the first week of September and started that week: still the start of the year.
    [InlineData("2026-09-02", "2026-09-04", false)]
    // Left in November: mid-year.
    [InlineData("2026-11-13", "2026-11-23", true)]
    // Left in July but started only in October: the child missed the start of the year, so mid-year.
    [InlineData("2026-07-22", "2026-10-05", true)]
    public void IsMidYear_DependsOnWhenTheChildLeftAndStarted(string left, string started, bool expected)
    {
        // Act
        var midYear = EducationMoves.IsMidYear(D(left), D(started));

        // Assert
        Assert.Equal(expected, midYear);
    }

    [Fact]
    public void DaysOutOfEducation_LeftFridayStartedMondayAWeekLater_CountsTheFiveSchoolDaysBetween()
    {
        // Left Friday 13 November 2026, started Monday 23 November: out Mon 16 to Fri 20 November = 5 school days.
        var days = EducationMoves.DaysOutOfEducation(D("2026-11-13"), D("2026-11-23"));

        Assert.Equal(5, days);
    }

    [Fact]
    public void DaysOutOfEducation_StartedTheNextSchoolDay_IsZero()
    {
        // Left Friday 13 November, started Monday 16 November: nothing missed.
        Assert.Equal(0, EducationMoves.DaysOutOfEducation(D("2026-11-13"), D("2026-11-16")));
        Assert.Equal(0, EducationMoves.DaysOutOfEducation(null, D("2026-11-16")));
    }

    [Fact]
    public void FollowsPlacementMove_PlacementBeganWithin30DaysBefore_IsTrue()
    {
        // Started 23 November: a placement that began 24 October (30 days before) counts; 23 October (31 days) does not.
        Assert.True(EducationMoves.FollowsPlacementMove([D("2026-10-24")], D("2026-11-23")));
        Assert.False(EducationMoves.FollowsPlacementMove([D("2026-10-23")], D("2026-11-23")));
    }

    [Fact]
    public void Calculate_FourMovesInThePeriod_CountsPlacementMovesMidYearAndAverageDaysOut()
    {
        // Arrange: four moves in the year to March 2027 (one outside it, ignored).
        // Caused by a placement move: 2 of 4 = 50%. Mid-year: 3 of 4 = 75%. Days out: (0 + 5 + 10 + 0) / 4 = 3.75 -> 3.8.
        var period = MeasurePeriod.YearToMarch(2027);
        EducationMoveFacts[] moves =
        [
            new(1, D("2026-09-03"), false, false, 0),
            new(2, D("2026-11-23"), true, true, 5),
            new(3, D("2027-01-11"), true, true, 10),
            new(3, D("2027-02-01"), false, true, 0),
            new(4, D("2027-04-12"), true, true, 20),
        ];

        // Act
        var results = EducationMoveMeasures.Calculate(moves, period).ToDictionary(m => m.Id);

        // Assert
        Assert.Equal(4m, results["education.moves"].Value);
        Assert.Equal([1, 2, 3], results["education.moves"].ChildIds);
        Assert.Equal(50m, results["education.moves.placement"].Value);
        Assert.Equal(75m, results["education.moves.mid-year"].Value);
        Assert.Equal(3.8m, results["education.moves.days-out"].Value);
    }

    [Fact]
    public void Calculate_NoMoves_GivesNoPercentages()
    {
        var results = EducationMoveMeasures.Calculate([], MeasurePeriod.YearToMarch(2027)).ToDictionary(m => m.Id);

        Assert.Equal(0m, results["education.moves"].Value);
        Assert.Null(results["education.moves.placement"].Value);
        Assert.Null(results["education.moves.days-out"].Value);
    }
}
