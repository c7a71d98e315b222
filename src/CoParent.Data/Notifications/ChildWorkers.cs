using CoParent.Core.Allocations;
using CoParent.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.Notifications;

/// <summary>Tells the people working with a child: their social worker and their Virtual School officer (issue 5).</summary>
public static class ChildWorkers
{
    /// <summary>Adds one notification for each current social worker and Virtual School officer of the child; the caller saves.</summary>
    public static async Task<int> NotifyAsync(
        CoParentDbContext db, int childId, string kind, string message, string? link, DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.Date);
        var workers = await db.Allocations
            .Where(a => a.ChildId == childId && (a.Role == AllocationRole.SocialWorker || a.Role == AllocationRole.VirtualSchoolOfficer)
                && a.From <= today && (a.To == null || a.To >= today))
            .Select(a => a.UserId).Distinct().ToListAsync(ct);
        foreach (var userId in workers)
        {
            db.Add(new Notification { UserId = userId, ChildId = childId, Kind = kind, Message = message, Link = link, CreatedAt = now });
        }
        return workers.Count;
    }
}
