using CoParent.Core.Reviews;

namespace CoParent.Core.Tests.Reviews;

public class ReviewTimetableTests
{
    private static DateOnly D(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    private static ReviewEpisode Started(string decom, string? dec = null, string ls = "C2") => new(D(decom), dec is null ? null : D(dec), "S", ls);

    private static ReviewEpisode Moved(string decom, string? dec = null, string ls = "C2") => new(D(decom), dec is null ? null : D(dec), "P", ls);

    private static HeldReview Held(string date, string? nextBy = null) => new(D(date), nextBy is null ? null : D(nextBy));

    [Fact]
    public void FirstReview_IsDue20WorkingDaysAfterCareStarts()
    {
        // Monday 5 January 2026: working days 6-9 Jan (4), 12-16 (9), 19-23 (14), 26-30 (19), Monday 2 February (20).
        var timetable = ReviewTimetable.For([Started("2026-01-05")], []);

        Assert.Equal(D("2026-02-02"), timetable.NextDue);
    }

    [Fact]
    public void FirstReview_OverEaster_SkipsTheBankHolidays()
    {
        // Monday 30 March 2026: 31 Mar, 1-2 Apr (3); Good Friday 3 Apr and Easter Monday 6 Apr skipped; 7-10 Apr (7),
        // 13-17 (12), 20-24 (17), 27, 28, 29 Apr (20). Without the holidays it would have been Monday 27 April.
        var timetable = ReviewTimetable.For([Started("2026-03-30")], []);

        Assert.Equal(D("2026-04-29"), timetable.NextDue);
    }

    [Fact]
    public void SecondReview_IsDueThreeMonthsAfterTheFirst_ThenSixMonthsAfterEachOne()
    {
        // First due 2 Feb, held 28 Jan (on time); second due 28 Apr, held 28 Apr (on time, the last day);
        // third due 28 Oct, held 29 Oct (a day late); the next is due six months after that, 29 April 2027.
        var timetable = ReviewTimetable.For([Started("2026-01-05")],
            [Held("2026-01-28"), Held("2026-04-28"), Held("2026-10-29")]);

        Assert.Equal([D("2026-02-02"), D("2026-04-28"), D("2026-10-28")], timetable.Reviews.Select(r => r.Due!.Value));
        Assert.Equal([true, true, false], timetable.Reviews.Select(r => r.OnTime));
        Assert.Equal([1, 2, 3], timetable.Reviews.Select(r => r.Number));
        Assert.Equal(D("2027-04-29"), timetable.NextDue);
    }

    [Fact]
    public void LateFirstReview_NextIsStillDueThreeMonthsAfterIt()
    {
        // First due 2 Feb but held 10 Feb (late): the second is due 3 months after the review held, 10 May.
        var timetable = ReviewTimetable.For([Started("2026-01-05")], [Held("2026-02-10")]);

        Assert.False(Assert.Single(timetable.Reviews).OnTime);
        Assert.Equal(D("2026-05-10"), timetable.NextDue);
    }

    [Fact]
    public void EndOfMonth_ThreeMonthsLaterIsTheLastDayOfTheShorterMonth()
    {
        // Care from 2 January 2026, first review 30 January; 3 months after is 30 April.
        // A review on 31 August: 6 months later is 28 February 2027 (no 31st).
        var timetable = ReviewTimetable.For([Started("2026-01-02")], [Held("2026-01-30"), Held("2026-04-30"), Held("2026-08-31")]);

        Assert.Equal(D("2026-04-30"), timetable.Reviews[1].Due);
        Assert.Equal(D("2027-02-28"), timetable.NextDue);
    }

    [Fact]
    public void IroEarlierDate_IsTheDueDate()
    {
        // Second review statutory by 28 April; the IRO set 31 March, and it was held 2 April: late.
        var timetable = ReviewTimetable.For([Started("2026-01-05")], [Held("2026-01-28", nextBy: "2026-03-31"), Held("2026-04-02")]);

        Assert.Equal(D("2026-03-31"), timetable.Reviews[1].Due);
        Assert.False(timetable.Reviews[1].OnTime);
    }

    [Fact]
    public void IroLaterDate_DoesNotStretchTheStatutoryTimetable()
    {
        // The regulations set a longest interval: a date after 28 April cannot make the second review due later.
        var timetable = ReviewTimetable.For([Started("2026-01-05")], [Held("2026-01-28", nextBy: "2026-06-30")]);

        Assert.Equal(D("2026-04-28"), timetable.NextDue);
    }

    [Fact]
    public void ChangeOfPlacement_DoesNotRestartTheTimetable()
    {
        // A move on 1 March (RNE P) is the same period of care: the second review stays due 28 April.
        var timetable = ReviewTimetable.For([Started("2026-01-05", "2026-03-01"), Moved("2026-03-01")], [Held("2026-01-28")]);

        Assert.Equal(D("2026-04-28"), timetable.NextDue);
    }

    [Fact]
    public void NewPeriodOfCare_RestartsTheTimetable()
    {
        // Left care 1 March 2026; back in care Monday 1 June 2026 (RNE S). First review of the new period due
        // 20 working days later: 2-5 Jun (4), 8-12 (9), 15-19 (14), 22-26 (19), Monday 29 June (20).
        var timetable = ReviewTimetable.For(
            [Started("2026-01-05", "2026-03-01"), Started("2026-06-01")],
            [Held("2026-01-28"), Held("2026-06-20")]);

        Assert.Equal(2, timetable.Periods.Count);
        Assert.Equal(D("2026-06-29"), timetable.Reviews[1].Due);
        Assert.Equal(1, timetable.Reviews[1].Number);
        Assert.True(timetable.Reviews[1].OnTime);
        Assert.Equal(D("2026-09-20"), timetable.NextDue);
    }

    [Fact]
    public void LeftCare_NothingIsDue()
    {
        var timetable = ReviewTimetable.For([Started("2026-01-05", "2026-03-01")], [Held("2026-01-28")]);

        Assert.Null(timetable.NextDue);
        Assert.False(timetable.IsOverdueOn(D("2026-11-23")));
    }

    [Fact]
    public void ShortBreaksOnly_HaveNoTimetable()
    {
        // Reg 48 short breaks are reviewed on their own regime: not on this timetable at all.
        var timetable = ReviewTimetable.For([Started("2026-01-05", ls: "V3")], [Held("2026-03-01")]);

        Assert.Empty(timetable.Periods);
        Assert.Null(timetable.NextDue);
        Assert.Null(Assert.Single(timetable.Reviews).Due);
        Assert.False(timetable.Reviews[0].OnTime);
    }

    [Fact]
    public void ShortBreaksThenCareOrder_TimetableStartsWithTheCareOrder()
    {
        // Short breaks from 5 Jan; an interim care order from Monday 1 June (RNE L, same period): the first
        // review is due 20 working days after 1 June, 29 June.
        var timetable = ReviewTimetable.For(
            [Started("2026-01-05", "2026-06-01", ls: "V4"), new ReviewEpisode(D("2026-06-01"), null, "L", "C1")], []);

        Assert.Equal(D("2026-06-01"), Assert.Single(timetable.Periods).Start);
        Assert.Equal(D("2026-06-29"), timetable.NextDue);
    }

    [Fact]
    public void Overdue_OnlyAfterTheDueDay()
    {
        var timetable = ReviewTimetable.For([Started("2026-01-05")], []);

        Assert.False(timetable.IsOverdueOn(D("2026-02-02")));
        Assert.True(timetable.IsOverdueOn(D("2026-02-03")));
        Assert.Equal(0, timetable.DaysLeft(D("2026-02-02")));
        Assert.Equal(-1, timetable.DaysLeft(D("2026-02-03")));
        Assert.Equal(2, timetable.DaysLeft(D("2026-01-31")));
    }

    [Fact]
    public void AsAt_IgnoresLaterReviewsAndTreatsLaterEndsAsOpen()
    {
        // On 30 April the second review (due 28 April) had not been held: it was held on 5 May, after the date asked
        // about. The child left care in June, also after it.
        var episodes = new[] { Started("2026-01-05", "2026-06-30") };
        var reviews = new[] { Held("2026-01-28"), Held("2026-05-05") };

        var then = ReviewTimetable.AsAt(episodes, reviews, D("2026-04-30"));
        var now = ReviewTimetable.For(episodes, reviews);

        Assert.True(then.IsOverdueOn(D("2026-04-30")));
        Assert.Equal(D("2026-04-28"), then.NextDue);
        Assert.Null(now.NextDue);
    }

    [Fact]
    public void ReviewBeforeCareStarted_HasNoDueDate()
    {
        var timetable = ReviewTimetable.For([Started("2026-01-05")], [Held("2025-12-01"), Held("2026-01-20")]);

        Assert.Null(timetable.Reviews[0].Due);
        Assert.Equal(D("2026-02-02"), timetable.Reviews[1].Due);
        Assert.Equal(1, timetable.Reviews[1].Number);
    }

    [Fact]
    public void ReviewsGivenOutOfOrder_AreTimedInDateOrder()
    {
        var timetable = ReviewTimetable.For([Started("2026-01-05")], [Held("2026-04-28"), Held("2026-01-28")]);

        Assert.Equal([D("2026-01-28"), D("2026-04-28")], timetable.Reviews.Select(r => r.Date));
        Assert.All(timetable.Reviews, r => Assert.True(r.OnTime));
    }

    [Fact]
    public void FirstRecordedReviewLongAfterCareBegan_IsNotJudged_AndTheTimetableGoesOnFromIt()
    {
        // In care from 5 January 2026 (first review due 2 February), but the first review on record is 1 October
        // 2026, more than 6 months after 2 February (2 August): earlier reviews are missing from the records. That
        // review is not judged; the next is due 6 months after it, 1 April 2027.
        var timetable = ReviewTimetable.For([Started("2026-01-05")], [Held("2026-10-01")]);

        var review = Assert.Single(timetable.Reviews);
        Assert.True(review.EarlierNotRecorded);
        Assert.Null(review.Due);
        Assert.Equal(D("2027-04-01"), timetable.NextDue);
    }

    [Fact]
    public void FirstReviewUpToSixMonthsLate_IsJudgedLate()
    {
        // Due 2 February; held 1 August, within 6 months of it: a late first review, the second due 3 months later.
        var timetable = ReviewTimetable.For([Started("2026-01-05")], [Held("2026-08-01")]);

        Assert.False(timetable.Reviews[0].OnTime);
        Assert.False(timetable.Reviews[0].EarlierNotRecorded);
        Assert.Equal(D("2026-11-01"), timetable.NextDue);
    }
}
