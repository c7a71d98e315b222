using CoParent.Core.Allocations;
using CoParent.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.Demo;

/// <summary>
/// What the demo council's reviews hold beyond the return (which stores only the date and REVIEW_CODE): the IRO who
/// chaired each one, taken from the child's IRO allocation on the day, and who else came. Set in the database with
/// a few set-based updates, so it costs the same few statements at 84,000 children as at 300.
/// </summary>
public static class DemoReviews
{
    public static async Task AddAsync(CoParentDbContext db, CancellationToken ct)
    {
        // Reviews before the child's first IRO allocation (the demo allocates IROs for recent years only) keep no chair.
        await db.ChildReviews.ExecuteUpdateAsync(s => s.SetProperty(r => r.ChairedByUserId, r => db.Allocations
            .Where(a => a.ChildId == r.ChildId && a.Role == AllocationRole.IndependentReviewingOfficer
                        && a.From <= r.ReviewDate && (a.To == null || a.To >= r.ReviewDate))
            .OrderByDescending(a => a.From).Select(a => a.UserId).FirstOrDefault()), ct);

        // Carers come to most reviews, parents to fewer, school to some: spread by the review's id, which is as
        // good as random here and repeatable.
        await db.ChildReviews.Where(r => r.Id % 10 < 8).ExecuteUpdateAsync(s => s.SetProperty(r => r.Attendees, ReviewAttendees.Carer), ct);
        await db.ChildReviews.Where(r => r.Id % 10 < 4).ExecuteUpdateAsync(s => s.SetProperty(r => r.Attendees, ReviewAttendees.Carer | ReviewAttendees.Parent), ct);
        await db.ChildReviews.Where(r => r.Id % 10 == 1).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Attendees, ReviewAttendees.Carer | ReviewAttendees.Parent | ReviewAttendees.School), ct);
        await db.ChildReviews.Where(r => r.Id % 10 == 8).ExecuteUpdateAsync(s => s.SetProperty(r => r.Attendees, ReviewAttendees.Carer | ReviewAttendees.School), ct);
    }
}
