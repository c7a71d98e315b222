using CoParent.Core.CareLeavers;

namespace CoParent.Core.Tests.CareLeavers;

public class PathwayTimetableTests
{
    [Fact]
    public void NextReviewDue_NotReviewedYet_IsSixMonthsAfterThePlanWasAgreed() =>
        Assert.Equal(new DateOnly(2026, 7, 10), PathwayTimetable.NextReviewDue(new DateOnly(2026, 1, 10), []));

    [Fact]
    public void NextReviewDue_Reviewed_IsSixMonthsAfterTheLastReview() =>
        Assert.Equal(new DateOnly(2027, 1, 1),
            PathwayTimetable.NextReviewDue(new DateOnly(2026, 1, 10), [new DateOnly(2026, 4, 2), new DateOnly(2026, 7, 1)]));

    [Fact]
    public void NextReviewDue_NoPlanAgreed_IsNotKnown() =>
        Assert.Null(PathwayTimetable.NextReviewDue(null, []));

    [Theory]
    [InlineData("2027-01-01", false, true)]  // due today: due soon, not yet overdue
    [InlineData("2027-01-02", true, false)]  // the day after: overdue
    [InlineData("2026-12-04", false, true)]  // 28 days before: due soon
    [InlineData("2026-12-03", false, false)] // 29 days before: neither
    public void DueDate_OfFirstJanuary_SeenOnADay_IsOverdueOrDueSoon(string today, bool overdue, bool dueSoon)
    {
        var due = new DateOnly(2027, 1, 1);
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(overdue, PathwayTimetable.IsOverdue(due, day));
        Assert.Equal(dueSoon, PathwayTimetable.IsDueSoon(due, day));
    }
}
