using CoParent.Core.Health;
using static CoParent.Core.Tests.Health.HealthBuilders;
using static CoParent.Core.Tests.Measures.Histories;

namespace CoParent.Core.Tests.Health;

public class HealthTimetableTests
{
    [Theory]
    [InlineData(0, SdqBand.Normal)]
    [InlineData(13, SdqBand.Normal)]
    [InlineData(14, SdqBand.Borderline)]
    [InlineData(16, SdqBand.Borderline)]
    [InlineData(17, SdqBand.CauseForConcern)]
    [InlineData(40, SdqBand.CauseForConcern)]
    public void Band_FollowsTheDfEBands(int score, SdqBand expected)
    {
        Assert.Equal(expected, HealthTimetable.Band(score));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(41)]
    public void Band_ScoreOutside0To40_IsRefused(int score)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HealthTimetable.Band(score));
    }

    [Fact]
    public void WhatIsDue_NoAssessmentYet_InitialDueTwentyWorkingDaysAfterCareStarts()
    {
        // Care starts Thursday 2 April 2026. Good Friday (3 April), Easter Monday (6 April) and the early May bank
        // holiday (4 May) are not working days: 7-10 April = 4, to 17th = 9, to 24th = 14, 27-30 April = 18,
        // 1 May = 19, 5 May = 20.
        var child = Person(1, "2015-06-10", Episode("2026-04-02")).Build();

        var due = HealthTimetable.WhatIsDue(child, D("2026-04-20"));

        var initial = Assert.Single(due, d => d.Kind == HealthDueKind.InitialAssessment);
        Assert.Equal(D("2026-05-05"), initial.DueBy);
        Assert.False(initial.IsOverdueOn(D("2026-05-05")));
        Assert.True(initial.IsOverdueOn(D("2026-05-06")));
        Assert.DoesNotContain(due, d => d.Kind == HealthDueKind.ReviewAssessment);
    }

    [Fact]
    public void WhatIsDue_AssessmentFromAnEarlierPeriodOfCare_StillNeedsAnInitial()
    {
        // Assessed in the first period (2024); care started again on Monday 5 January 2026: 20 working days is 2 February.
        var child = Person(1, "2015-06-10",
                Episode("2024-01-01", dec: "2024-12-31", rec: "E13"), Episode("2026-01-05"))
            .Assessed("2024-02-01", HealthAssessmentKind.Initial).Build();

        var due = HealthTimetable.WhatIsDue(child, D("2026-01-20"));

        Assert.Equal(D("2026-02-02"), Assert.Single(due, d => d.Kind == HealthDueKind.InitialAssessment).DueBy);
    }

    [Fact]
    public void WhatIsDue_ChildUnder5_ReviewSixMonthsAfterTheLast()
    {
        // Born 10 June 2023, aged 2 when assessed on 15 January 2026 => review by 15 July 2026.
        var child = Person(1, "2023-06-10", Episode("2025-06-01")).Assessed("2025-07-01", HealthAssessmentKind.Initial).Assessed("2026-01-15").Build();

        var due = HealthTimetable.WhatIsDue(child, D("2026-03-01"));

        Assert.Equal(D("2026-07-15"), Assert.Single(due, d => d.Kind == HealthDueKind.ReviewAssessment).DueBy);
    }

    [Fact]
    public void WhatIsDue_Child5OrOver_ReviewTwelveMonthsAfterTheLast()
    {
        // Born 10 June 2015, aged 10 when assessed on 15 January 2026 => review by 15 January 2027.
        var child = Person(1, "2015-06-10", Episode("2025-06-01")).Assessed("2026-01-15").Build();

        var due = HealthTimetable.WhatIsDue(child, D("2026-03-01"));

        Assert.Equal(D("2027-01-15"), Assert.Single(due, d => d.Kind == HealthDueKind.ReviewAssessment).DueBy);
    }

    [Fact]
    public void WhatIsDue_AssessedAged4_NextReviewSixMonthsLaterEvenIfThen5()
    {
        // Born 10 June 2021, aged 4 on 1 May 2026 => review by 1 November 2026 (aged 5 by then).
        var child = Person(1, "2021-06-10", Episode("2025-06-01")).Assessed("2026-05-01").Build();

        Assert.Equal(D("2026-11-01"), HealthTimetable.NextReview(child.DateOfBirth, D("2026-05-01")));
    }

    [Fact]
    public void WhatIsDue_OverdueReview_IsOverdueOnTheDate()
    {
        // Aged 10, last assessed 1 October 2025 => due 1 October 2026; on 23 November 2026 it is overdue.
        var child = Person(1, "2015-06-10", Episode("2025-06-01")).Assessed("2025-10-01").Build();

        var review = Assert.Single(HealthTimetable.WhatIsDue(child, D("2026-11-23")), d => d.Kind == HealthDueKind.ReviewAssessment);

        Assert.Equal(D("2026-10-01"), review.DueBy);
        Assert.True(review.IsOverdueOn(D("2026-11-23")));
    }

    [Fact]
    public void WhatIsDue_DentalCheck_TwelveMonthsAfterTheLast_OrAfterCareStarted()
    {
        var checkedBefore = Person(1, "2015-06-10", Episode("2025-06-01")).Teeth("2025-12-01").Build();
        var neverChecked = Person(2, "2015-06-10", Episode("2025-06-01")).Build();

        Assert.Equal(D("2026-12-01"), Assert.Single(HealthTimetable.WhatIsDue(checkedBefore, D("2026-03-01")), d => d.Kind == HealthDueKind.DentalCheck).DueBy);
        Assert.Equal(D("2026-06-01"), Assert.Single(HealthTimetable.WhatIsDue(neverChecked, D("2026-03-01")), d => d.Kind == HealthDueKind.DentalCheck).DueBy);
    }

    [Fact]
    public void WhatIsDue_NotInCare_NothingIsDue()
    {
        var child = Person(1, "2015-06-10", Episode("2024-01-01", dec: "2025-01-01", rec: "E13")).Build();

        Assert.Empty(HealthTimetable.WhatIsDue(child, D("2026-03-01")));
    }

    [Fact]
    public void SdqDue_AfterTwelveMonthsInCare_ThenAYearAfterTheLastCarerScore()
    {
        // Aged 10; in care from 6 January 2025 => first due 6 January 2026. A carer's SDQ on 1 February 2026 => next
        // due 1 February 2027; a teacher's later one does not move it.
        var none = Person(1, "2015-06-10", Episode("2025-01-06")).Build();
        var scored = Person(2, "2015-06-10", Episode("2025-01-06")).Sdq("2026-02-01", 12).Sdq("2026-03-01", 20, SdqInformant.Teacher).Build();

        Assert.Equal(D("2026-01-06"), HealthTimetable.SdqDue(none, D("2025-01-06"), D("2026-03-15")));
        Assert.Equal(D("2027-02-01"), HealthTimetable.SdqDue(scored, D("2025-01-06"), D("2026-03-15")));
    }

    [Fact]
    public void SdqDue_ChildUnder5_WaitsForTheFifthBirthday()
    {
        // Born 1 September 2021, in care from 6 January 2025: 12 months on is 6 January 2026, but 5 only on 1 September 2026.
        var child = Person(1, "2021-09-01", Episode("2025-01-06")).Build();

        Assert.Equal(D("2026-09-01"), HealthTimetable.SdqDue(child, D("2025-01-06"), D("2026-03-15")));
    }

    [Fact]
    public void SdqDue_WouldBe17ByThen_NoneDue()
    {
        // Born 1 May 2009: 17 on 1 May 2026, before 12 months in care (1 June 2026).
        var child = Person(1, "2009-05-01", Episode("2025-06-01")).Build();

        Assert.Null(HealthTimetable.SdqDue(child, D("2025-06-01"), D("2026-03-15")));
        Assert.DoesNotContain(HealthTimetable.WhatIsDue(child, D("2026-03-15")), d => d.Kind == HealthDueKind.Sdq);
    }

    [Fact]
    public void ContinuouslyLookedAfter_FollowsTheOc2Cohort()
    {
        // To 31 March 2026 (from 1 April 2025): in care since 2024 => in; started 2 April 2025 => out; started
        // 1 April 2025 => in; a move within care (X1) => in; left in the year => out; short breaks (V3) => out.
        var to = D("2026-03-31");
        Assert.True(HealthTimetable.ContinuouslyLookedAfter([Episode("2024-01-01")], to));
        Assert.False(HealthTimetable.ContinuouslyLookedAfter([Episode("2025-04-02")], to));
        Assert.True(HealthTimetable.ContinuouslyLookedAfter([Episode("2025-04-01")], to));
        Assert.True(HealthTimetable.ContinuouslyLookedAfter([Episode("2024-01-01", dec: "2025-09-01", rec: "X1"), Episode("2025-09-01", rne: "P")], to));
        Assert.False(HealthTimetable.ContinuouslyLookedAfter([Episode("2024-01-01", dec: "2026-01-01", rec: "E13")], to));
        Assert.False(HealthTimetable.ContinuouslyLookedAfter([Episode("2024-01-01", ls: "V3")], to));
    }
}
