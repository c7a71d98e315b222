using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoParent.Core.Access;
using CoParent.Core.Notifications;
using CoParent.Web.Features.Notifications;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Exclusions;

/// <summary>Issue 5, Exclusions: the signed-in user's notifications page, its API and the unread count for the header.</summary>
public abstract class NotificationsTests(CoParentApp app) : IntegrationTest(app)
{
    private static int _users;

    /// <summary>A Virtual School officer of their own, so no other test's notifications reach them.</summary>
    private async Task<(string UserName, string UserId)> OfficerAsync()
    {
        var userName = $"t.notified{Interlocked.Increment(ref _users)}";
        return (userName, await App.AddUserAsync(userName, Roles.VirtualSchoolOfficer));
    }

    private Task<long> NotifyAsync(string userId, int? childId, string message, int minutesAgo) => App.WithDbAsync(async db =>
    {
        var n = new Notification
        {
            UserId = userId, ChildId = childId, Kind = "exclusion.suspension", Message = message,
            Link = childId is null ? null : $"/children/{childId}/education/exclusions", CreatedAt = CoParentApp.Now.AddMinutes(-minutesAgo),
        };
        db.Notifications.Add(n);
        await db.SaveChangesAsync();
        return n.Id;
    });

    [SkippableFact]
    public async Task Get_Notifications_ShowsNewestFirstWithUnreadMarkedAndTheChildNamedWhenTheUserMaySeeThem()
    {
        var (userName, userId) = await OfficerAsync();
        var mine = await TestData.CreateChildInCareAsync(App, familyName: TestData.UniqueFamilyName("Notified"));
        await TestData.AllocateVirtualSchoolOfficerAsync(App, mine.Id, userId);
        var notMine = await TestData.CreateChildInCareAsync(App, familyName: TestData.UniqueFamilyName("Hidden"));
        await NotifyAsync(userId, mine.Id, "Suspended for 1 school days from 20 November 2026: damage", minutesAgo: 60);
        await NotifyAsync(userId, notMine.Id, "Suspended for 2 school days from 21 November 2026: theft", minutesAgo: 5);
        var client = await App.SignedInClientAsync(userName);

        var page = await Html.ParseAsync(await client.GetAsync("/notifications"));
        var items = page.QuerySelectorAll(".notification").Select(li => li.TextContent).ToList();

        Assert.Equal(2, items.Count);
        Assert.Contains("theft", items[0]);
        Assert.DoesNotContain(notMine.FamilyName, items[0]);
        Assert.DoesNotContain($"/children/{notMine.Id}", page.QuerySelector("#notifications")!.InnerHtml);
        Assert.Contains(mine.FamilyName, items[1]);
        Assert.All(items, i => Assert.Contains("Unread", i));
    }

    [SkippableFact]
    public async Task Post_MarkOneAsRead_LeavesTheOthersUnreadAndTheCountFalls()
    {
        var (userName, userId) = await OfficerAsync();
        var first = await NotifyAsync(userId, null, "First", minutesAgo: 10);
        await NotifyAsync(userId, null, "Second", minutesAgo: 5);
        var client = await App.SignedInClientAsync(userName);

        var response = await client.PostFormAsync($"/notifications?handler=Read&id={first}", [], tokenFrom: "/notifications");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await App.WithDbAsync(db => NotificationCounts.UnreadAsync(db, userId)));
        Assert.NotNull(await App.WithDbAsync(db => db.Notifications.Where(n => n.Id == first).Select(n => n.ReadAt).SingleAsync()));
    }

    [SkippableFact]
    public async Task Post_MarkAllAsRead_ReadsOnlyTheSignedInUsersNotifications()
    {
        var (userName, userId) = await OfficerAsync();
        var (_, otherId) = await OfficerAsync();
        await NotifyAsync(userId, null, "Mine", minutesAgo: 10);
        await NotifyAsync(userId, null, "Mine too", minutesAgo: 5);
        var others = await NotifyAsync(otherId, null, "Someone else's", minutesAgo: 5);
        var client = await App.SignedInClientAsync(userName);

        await client.PostFormAsync($"/notifications?handler=Read&id={others}", [], tokenFrom: "/notifications");
        await client.PostFormAsync("/notifications?handler=ReadAll", [], tokenFrom: "/notifications");

        Assert.Equal(0, await App.WithDbAsync(db => NotificationCounts.UnreadAsync(db, userId)));
        Assert.Equal(1, await App.WithDbAsync(db => NotificationCounts.UnreadAsync(db, otherId)));
    }

    [SkippableFact]
    public async Task Get_ApiNotifications_ReturnsTheUsersOwnWithTheUnreadCount()
    {
        var (userName, userId) = await OfficerAsync();
        await NotifyAsync(userId, null, "Only one", minutesAgo: 1);
        var client = await App.SignedInClientAsync(userName);

        var json = await client.GetFromJsonAsync<JsonElement>("/api/notifications");

        Assert.Equal(1, json.GetProperty("unread").GetInt32());
        Assert.Equal("Only one", json.GetProperty("notifications").EnumerateArray().Single().GetProperty("message").GetString());
    }

    [SkippableFact]
    public async Task Get_CouncillorOpensNotifications_SeesTheirOwnEmptyList()
    {
        var councillor = await App.SignedInClientAsync(TestUsers.Councillor);

        var response = await councillor.GetAsync("/notifications");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You have no notifications", await response.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NotificationsTests_Sqlite(SqliteApp app) : NotificationsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class NotificationsTests_Postgres(PostgresApp app) : NotificationsTests(app);
