using System.Security.Claims;
using CoParent.Core.Children;
using CoParent.Data;
using CoParent.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Notifications;

/// <summary>
/// The signed-in user's notifications, newest first. The child is named (and linked) only while the user may still see
/// the child's education record: a worker whose allocation ended reads what happened, not to whom.
/// </summary>
public static class NotificationList
{
    public const int Shown = 200;

    public sealed record Item(long Id, string Kind, string Message, string? Link, int? ChildId, string? ChildName, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
    {
        public bool IsUnread => ReadAt is null;
    }

    public static async Task<IReadOnlyList<Item>> LoadAsync(CoParentDbContext db, ChildAccessPolicy access, ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.Id() ?? "";
        var rows = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId)
            // By id, as SQLite cannot order by a DateTimeOffset; ids follow the order notifications were made.
            .OrderByDescending(n => n.Id).Take(Shown)
            .Select(n => new { n.Id, n.Kind, n.Message, n.Link, n.ChildId, n.CreatedAt, n.ReadAt })
            .ToListAsync(ct);
        rows = [.. rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)];
        var childIds = rows.Where(r => r.ChildId != null).Select(r => r.ChildId!.Value).Distinct().ToList();
        var visible = await access.EducationPupils(user).Where(c => childIds.Contains(c.Id))
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId }).ToListAsync(ct);
        var names = visible.ToDictionary(c => c.Id, c => Child.NameToShow(c.GivenName, c.FamilyName, c.PreferredName, c.PersonId));
        return rows.Select(r =>
        {
            var seen = r.ChildId is { } id && names.ContainsKey(id);
            return new Item(r.Id, r.Kind, r.Message, r.ChildId is null || seen ? r.Link : null, seen ? r.ChildId : null,
                seen ? names[r.ChildId!.Value] : null, r.CreatedAt, r.ReadAt);
        }).ToList();
    }

    /// <summary>Marks one of the user's own notifications (or all of them) as read; another user's is left alone.</summary>
    public static Task<int> MarkReadAsync(CoParentDbContext db, string? userId, long? id, DateTimeOffset now, CancellationToken ct) =>
        db.Notifications.Where(n => n.UserId == (userId ?? "") && n.ReadAt == null && (id == null || n.Id == id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
}
