using CoParent.Core.Measures;
using CoParent.Core.Reviews;

namespace CoParent.Core.Tests.Reviews;

public class ReviewMeasuresTests
{
    private static DateOnly D(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    private static readonly MeasurePeriod Quarter = new(D("2026-04-01"), D("2026-06-30"));

    /// <summary>
    /// Six children, the quarter April to June 2026:
    /// 1. In care from Mon 5 Jan; reviews 28 Jan (PN1) and 28 Apr (PN1): the second due 28 Apr, on time, in the quarter.
    /// 2. In care from Mon 5 Jan; reviews 10 Feb (late) and 12 May (PN7): the second due 10 May (3 months after 10 Feb), late.
    /// 3. In care from Mon 30 Mar, a toddler; first due 29 Apr (Easter skipped); review 20 Apr (PN0), on time.
    /// 4. In care from Mon 5 Jan; review 28 Jan (PN5), then none: the second was due 28 Apr, overdue on 30 June.
    /// 5. Short breaks (V3) from 5 Jan; a review 15 May (PN6): not on the reg 33 timetable.
    /// 6. In care 5 Jan to 1 Mar, never reviewed: not in care on 30 June, so not overdue.
    /// </summary>
    private static readonly ChildReviewHistory[] Children =
    [
        new(1, [new(D("2026-01-05"), null, "S", "C2")], [new(D("2026-01-28"), null, "PN1"), new(D("2026-04-28"), null, "PN1")]),
        new(2, [new(D("2026-01-05"), null, "S", "C2")], [new(D("2026-02-10"), null, "PN1"), new(D("2026-05-12"), null, "PN7")]),
        new(3, [new(D("2026-03-30"), null, "S", "C1")], [new(D("2026-04-20"), null, "PN0")]),
        new(4, [new(D("2026-01-05"), null, "S", "C2")], [new(D("2026-01-28"), null, "PN5")]),
        new(5, [new(D("2026-01-05"), null, "S", "V3")], [new(D("2026-05-15"), null, "PN6")]),
        new(6, [new(D("2026-01-05"), D("2026-03-01"), "S", "V2")], []),
    ];

    private static MeasureResult Measure(string id) => ReviewMeasures.Calculate(Children, Quarter).Single(m => m.Id == id);

    [Fact]
    public void OnTime_CountsReviewsInThePeriodOnTheTimetable()
    {
        // Reviews in the quarter on the timetable: child 1 (on time), child 2 (late), child 3 (on time) = 3;
        // child 5's short-break review is left out. On time 2 of 3 = 66.7%.
        var result = Measure("reviews.on-time");

        Assert.Equal((2, 3), (result.Numerator, result.Denominator));
        Assert.Equal(66.7m, result.Value);
        Assert.Equal([1, 3], result.ChildIds);
    }

    [Fact]
    public void Overdue_CountsChildrenInCareWithAReviewPastDueOnTheLastDay()
    {
        // Child 4's second review was due 28 April; none by 30 June. Child 6 had left care.
        var result = Measure("reviews.overdue");

        Assert.Equal(1m, result.Value);
        Assert.Equal([4], result.ChildIds);
    }

    [Fact]
    public void Participation_IsChildrenAged4OrOverWhoseViewsReachedTheReview()
    {
        // Reviews in the quarter: PN1 (child 1), PN7 (child 2), PN0 (child 3), PN6 (child 5). PN0 (under 4) is not
        // counted; of the other 3, PN1 and PN6 shared the child's views: 2 of 3 = 66.7%.
        var result = Measure("reviews.participation");

        Assert.Equal((2, 3), (result.Numerator, result.Denominator));
        Assert.Equal(66.7m, result.Value);
        Assert.Equal([1, 5], result.ChildIds);
    }

    [Fact]
    public void ParticipationBreakdown_IsEachCodeOutOfEveryCodedReview()
    {
        // 4 coded reviews in the quarter, one each of PN0, PN1, PN6 and PN7: 25% each, 0% for the rest.
        var all = ReviewMeasures.Calculate(Children, Quarter);

        Assert.Equal(25.0m, all.Single(m => m.Id == "reviews.participation.PN0").Value);
        Assert.Equal(25.0m, all.Single(m => m.Id == "reviews.participation.PN1").Value);
        Assert.Equal(0m, all.Single(m => m.Id == "reviews.participation.PN2").Value);
        Assert.Equal(25.0m, all.Single(m => m.Id == "reviews.participation.PN6").Value);
        Assert.Equal((1, 4), (all.Single(m => m.Id == "reviews.participation.PN7").Numerator, all.Single(m => m.Id == "reviews.participation.PN7").Denominator));
        Assert.Equal(11, all.Count);
    }

    [Fact]
    public void NoReviews_GivesNoPercentages()
    {
        var all = ReviewMeasures.Calculate([], Quarter);

        Assert.Null(all.Single(m => m.Id == "reviews.on-time").Value);
        Assert.Null(all.Single(m => m.Id == "reviews.participation").Value);
        Assert.Equal(0m, all.Single(m => m.Id == "reviews.overdue").Value);
    }
}
