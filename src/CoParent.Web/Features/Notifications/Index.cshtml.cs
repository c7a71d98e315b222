using CoParent.Data;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Notifications;

/// <summary>The signed-in user's notifications: newest first, unread ones marked, each with a link to act on it.</summary>
[Authorize]
public sealed class NotificationsModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public IReadOnlyList<NotificationList.Item> Items { get; private set; } = [];
    public int Unread { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Items = await NotificationList.LoadAsync(db, access, User, ct);
        Unread = await NotificationCounts.UnreadAsync(db, User.Id(), ct);
    }

    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken ct)
    {
        await NotificationList.MarkReadAsync(db, User.Id(), id, clock.GetUtcNow(), ct);
        return Redirect("/notifications");
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await NotificationList.MarkReadAsync(db, User.Id(), null, clock.GetUtcNow(), ct);
        return Redirect("/notifications");
    }
}
