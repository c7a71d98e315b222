using CoParent.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Infrastructure;

public static partial class TestData
{
    /// <summary>A review held on the date, with its participation code.</summary>
    public static Task AddReviewAsync(CoParentApp app, int childId, DateOnly date, string participation = "PN1", DateOnly? nextReviewBy = null) =>
        app.WithDbAsync(async db =>
        {
            db.ChildReviews.Add(new ChildReview { ChildId = childId, ReviewDate = date, Participation = participation, NextReviewBy = nextReviewBy });
            await db.SaveChangesAsync();
        });

    public static Task<List<ChildReview>> ReviewsOfAsync(CoParentApp app, int childId) =>
        app.WithDbAsync(db => db.ChildReviews.AsNoTracking().Where(r => r.ChildId == childId).OrderBy(r => r.ReviewDate).ToListAsync());
}
