using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Notifications;

/// <summary>How many notifications a user has not read yet, for the header (one indexed count).</summary>
public static class NotificationCounts
{
    public static Task<int> UnreadAsync(CoParentDbContext db, string? userId, CancellationToken ct = default) =>
        userId is null ? Task.FromResult(0) : db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);
}
