using CoParent.Core.Measures;
using CoParent.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Demo;

/// <summary>The demo council's reviews: chaired by the child's IRO, and mostly on time by the reg 33 timetable.</summary>
public abstract partial class DemoCouncilTests
{
    [SkippableFact]
    public async Task Generate_ReviewsWhileAnIroWasAllocated_AreChairedByThatIro()
    {
        var (reviews, chaired) = await Demo.WithDbAsync(async db => (
            await db.ChildReviews.CountAsync(r => db.Allocations.Any(a => a.ChildId == r.ChildId && a.Role == Core.Allocations.AllocationRole.IndependentReviewingOfficer
                && a.From <= r.ReviewDate && (a.To == null || a.To >= r.ReviewDate))),
            await db.ChildReviews.CountAsync(r => r.ChairedByUserId != null)));

        Assert.True(reviews > 0);
        Assert.Equal(reviews, chaired);
    }

    [SkippableFact]
    public async Task Generate_ReviewsInTheLastYear_AreMostlyOnTime()
    {
        var period = MeasurePeriod.YearToMarch(2026);
        var measures = await Demo.WithDbAsync(db => new CoParent.Web.Features.Reviews.ReviewOutcomeMeasures(CoParent.Web.Features.Outcomes.CareHistories.On(db)).CalculateAsync(db, period, CancellationToken.None));

        var onTime = measures.Single(m => m.Id == ReviewMeasures.OnTimeId);
        Assert.True(onTime.Denominator > 100, $"{onTime.Denominator} reviews");
        Assert.True(onTime.Value is >= 80m and <= 95m, $"{onTime.Value}% of {onTime.Denominator} reviews on time");
    }
}
