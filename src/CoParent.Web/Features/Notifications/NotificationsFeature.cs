using System.Security.Claims;
using CoParent.Data;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoParent.Web.Features.Notifications;

/// <summary>The notifications JSON route: every signed-in user reads their own.</summary>
public static class NotificationsFeature
{
    /// <summary>
    /// <list type="table">
    /// <item>GET /api/notifications : the signed-in user's notifications, newest first, with unread count; a child is named only while the user may see them.</item>
    /// </list>
    /// </summary>
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/notifications", GetAsync).RequireAuthorization().WithTags("Notifications");
        return app;
    }

    public sealed record NotificationsView(int Unread, IReadOnlyList<NotificationList.Item> Notifications);

    private static async Task<Ok<NotificationsView>> GetAsync(ClaimsPrincipal user, CoParentDbContext db, ChildAccessPolicy access, CancellationToken ct)
    {
        var items = await NotificationList.LoadAsync(db, access, user, ct);
        return TypedResults.Ok(new NotificationsView(await NotificationCounts.UnreadAsync(db, user.Id(), ct), items));
    }
}
