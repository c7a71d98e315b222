using System.Net;
using CoParent.Core.Access;
using CoParent.Core.Allocations;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Allocations;

/// <summary>Issue 3 §2: social worker and IRO allocations with dates, changed by team managers and managers.</summary>
public abstract class AllocationsTests(CoParentApp app) : IntegrationTest(app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime);

    private static string Url(int childId) => $"/children/{childId}/allocations";

    private static List<KeyValuePair<string, string>> SocialWorkerForm(Guid version, string? workerId, DateOnly? from) => Form("social-worker", "SocialWorker", version, workerId, from);

    private static List<KeyValuePair<string, string>> IroForm(Guid version, string? workerId, DateOnly? from) => Form("iro", "Iro", version, workerId, from);

    private static List<KeyValuePair<string, string>> Form(string allocate, string prefix, Guid version, string? workerId, DateOnly? from) =>
    [
        new("Version", version.ToString()), new("Allocate", allocate), new($"{prefix}.WorkerId", workerId ?? ""),
        new($"{prefix}.From.Day", from?.Day.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        new($"{prefix}.From.Month", from?.Month.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        new($"{prefix}.From.Year", from?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
    ];

    private async Task<int?> TeamIdOfAsync(string userId) => await App.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.TeamId).SingleAsync());

    [SkippableFact]
    public async Task Post_TeamManagerReallocatesToWorkerInTheirTeam_EndsOldAllocationTheDayBeforeAndMovesAccess()
    {
        var familyName = TestData.UniqueFamilyName();
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, familyName: familyName);
        var (newWorkerId, newWorkerName) = await TestData.AddWorkerAsync(App, Roles.SocialWorker, TestUsers.TeamA);
        var manager = await App.SignedInClientAsync(TestUsers.TeamManager);

        var response = await manager.PostFormAsync(Url(child.Id), SocialWorkerForm(child.Version, newWorkerId, Today));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var allocations = await TestData.AllocationsOfAsync(App, child.Id);
        var old = Assert.Single(allocations, a => a.UserId == App.Users.SocialWorkerId);
        var current = Assert.Single(allocations, a => a.UserId == newWorkerId);
        Assert.Equal(Today.AddDays(-1), old.To);
        Assert.Equal(Today, current.From);
        Assert.Null(current.To);
        Assert.Equal(AllocationRole.SocialWorker, current.Role);
        Assert.Equal(await TeamIdOfAsync(newWorkerId), current.TeamId);
        Assert.NotEqual(child.Version, await TestData.VersionOfAsync(App, child.Id));

        var newWorker = await App.SignedInClientAsync(newWorkerName);
        var register = await newWorker.GetStringAsync($"/children?q={familyName}");
        Assert.Contains($"href=\"/children/{child.Id}\"", register);
        var oldWorker = await App.SignedInClientAsync(TestUsers.SocialWorker);
        Html.AssertForbidden(await oldWorker.GetAsync($"/children/{child.Id}"));
        var teamRegister = await manager.GetStringAsync($"/children?q={familyName}");
        Assert.Contains($"href=\"/children/{child.Id}\"", teamRegister);
    }

    [SkippableFact]
    public async Task Get_Allocations_ShowsHistoryNewestFirstWithCurrentMarked()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, iroId: App.Users.IroId);
        var (newWorkerId, _) = await TestData.AddWorkerAsync(App, Roles.SocialWorker, TestUsers.TeamA);
        var manager = await App.SignedInClientAsync(TestUsers.TeamManager);
        await manager.PostFormAsync(Url(child.Id), SocialWorkerForm(child.Version, newWorkerId, Today));

        var page = await Html.ParseAsync(await manager.GetAsync(Url(child.Id)));

        var rows = page.QuerySelectorAll("#allocation-history tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("23 November 2026", rows[0]);
        Assert.Contains("Current", rows[0]);
        Assert.Contains("Test Social worker t.socialworker", rows.Last());
        Assert.Contains("22 November 2026", rows.Last());
        Assert.DoesNotContain("Current", rows.Last());
        Assert.Contains(rows, r => r.Contains("Independent reviewing officer", StringComparison.Ordinal) && r.Contains("Current", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Post_TeamManagerChoosesWorkerFromAnotherTeam_Returns400AndWritesNothing()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var manager = await App.SignedInClientAsync(TestUsers.TeamManager);

        var response = await manager.PostFormAsync(Url(child.Id), SocialWorkerForm(child.Version, App.Users.OtherSocialWorkerId, Today));
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#SocialWorker_WorkerId", "Select a social worker in your team"), errors);
        Assert.Single(await TestData.AllocationsOfAsync(App, child.Id));
        Assert.Equal(child.Version, await TestData.VersionOfAsync(App, child.Id));
    }

    [SkippableFact]
    public async Task Post_ManagerAllocatesWorkerFromAnyTeamAndANewIro_BothCurrent()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, iroId: App.Users.IroId);
        var (newIroId, _) = await TestData.AddWorkerAsync(App, Roles.Iro);
        var manager = await App.SignedInClientAsync(TestUsers.Manager);
        var from = Today.AddDays(-7);

        var worker = await manager.PostFormAsync(Url(child.Id), SocialWorkerForm(child.Version, App.Users.OtherSocialWorkerId, from));
        var iro = await manager.PostFormAsync(Url(child.Id), IroForm(await TestData.VersionOfAsync(App, child.Id), newIroId, from));

        Assert.Equal(HttpStatusCode.Redirect, worker.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, iro.StatusCode);
        var current = (await TestData.AllocationsOfAsync(App, child.Id)).Where(a => a.IsCurrentOn(Today)).ToList();
        var socialWorker = Assert.Single(current, a => a.Role == AllocationRole.SocialWorker);
        var reviewer = Assert.Single(current, a => a.Role == AllocationRole.IndependentReviewingOfficer);
        Assert.Equal(App.Users.OtherSocialWorkerId, socialWorker.UserId);
        Assert.Equal(await TeamIdOfAsync(App.Users.OtherSocialWorkerId), socialWorker.TeamId);
        Assert.Equal(newIroId, reviewer.UserId);
        Assert.Equal(from, reviewer.From);
        var oldIro = Assert.Single(await TestData.AllocationsOfAsync(App, child.Id), a => a.UserId == App.Users.IroId);
        Assert.Equal(from.AddDays(-1), oldIro.To);
    }

    [SkippableTheory]
    [InlineData(TestUsers.SocialWorker)]
    [InlineData(TestUsers.Iro)]
    [InlineData(TestUsers.Councillor)]
    [InlineData(TestUsers.OtherTeamManager)]
    public async Task GetAndPost_Allocations_UserWhoMayNotAllocate_IsForbiddenAndNothingWritten(string userName)
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, iroId: App.Users.IroId);
        var client = await App.SignedInClientAsync(userName);

        var get = await client.GetAsync(Url(child.Id));
        var post = await client.PostFormAsync(Url(child.Id), SocialWorkerForm(child.Version, App.Users.SocialWorkerId, Today), tokenFrom: "/");

        Html.AssertForbidden(get);
        Html.AssertForbidden(post);
        Assert.Equal(2, (await TestData.AllocationsOfAsync(App, child.Id)).Count);
        Assert.Equal(child.Version, await TestData.VersionOfAsync(App, child.Id));
    }

    [SkippableFact]
    public async Task Post_WithoutWorkerOrDate_Returns400WithMessagesAndWritesNothing()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var manager = await App.SignedInClientAsync(TestUsers.TeamManager);

        var response = await manager.PostFormAsync(Url(child.Id), SocialWorkerForm(child.Version, null, null));
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#SocialWorker_WorkerId", "Select a social worker"), errors);
        Assert.Contains(("#SocialWorker_From", "Enter the date the allocation starts"), errors);
        Assert.Single(await TestData.AllocationsOfAsync(App, child.Id));
        Assert.Equal(child.Version, await TestData.VersionOfAsync(App, child.Id));
    }

    [SkippableFact]
    public async Task Post_DateThatIsNotReal_Returns400AndKeepsTheForm()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var (newWorkerId, _) = await TestData.AddWorkerAsync(App, Roles.SocialWorker, TestUsers.TeamA);
        var manager = await App.SignedInClientAsync(TestUsers.TeamManager);
        var form = SocialWorkerForm(child.Version, newWorkerId, null);
        form.RemoveAll(f => f.Key.StartsWith("SocialWorker.From", StringComparison.Ordinal));
        form.AddRange([new("SocialWorker.From.Day", "31"), new("SocialWorker.From.Month", "2"), new("SocialWorker.From.Year", "2026")]);

        var response = await manager.PostFormAsync(Url(child.Id), form);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#SocialWorker_From", "The date the allocation starts must be a real date"), Html.ErrorSummary(page));
        Assert.Equal("31", page.QuerySelector("#SocialWorker_From")?.GetAttribute("value"));
        Assert.Equal(newWorkerId, page.QuerySelector("#SocialWorker_WorkerId option[selected]")?.GetAttribute("value"));
        Assert.Single(await TestData.AllocationsOfAsync(App, child.Id));
    }

    [SkippableFact]
    public async Task Post_DateBeforeTheCurrentAllocationStarted_Returns400AndWritesNothing()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, since: new DateOnly(2025, 3, 3));
        var (newWorkerId, _) = await TestData.AddWorkerAsync(App, Roles.SocialWorker, TestUsers.TeamA);
        var manager = await App.SignedInClientAsync(TestUsers.TeamManager);

        var response = await manager.PostFormAsync(Url(child.Id), SocialWorkerForm(child.Version, newWorkerId, new DateOnly(2025, 3, 2)));
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#SocialWorker_From", "The date must be on or after 3 March 2025, when the current allocation started"), errors);
        Assert.Single(await TestData.AllocationsOfAsync(App, child.Id));
        Assert.Equal(child.Version, await TestData.VersionOfAsync(App, child.Id));
    }

    [SkippableFact]
    public async Task Post_TwoReallocationsFromTheSameVersion_SecondIsToldAndFirstIsKept()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var (firstWorkerId, _) = await TestData.AddWorkerAsync(App, Roles.SocialWorker, TestUsers.TeamA);
        var first = await App.SignedInClientAsync(TestUsers.TeamManager);
        var second = await App.SignedInClientAsync(TestUsers.Manager);

        var firstResponse = await first.PostFormAsync(Url(child.Id), SocialWorkerForm(child.Version, firstWorkerId, Today));
        var secondResponse = await second.PostFormAsync(Url(child.Id), SocialWorkerForm(child.Version, App.Users.OtherSocialWorkerId, Today));

        Assert.Equal(HttpStatusCode.Redirect, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondResponse.StatusCode);
        Assert.Contains("Someone else changed this record while you were editing it", await secondResponse.Content.ReadAsStringAsync());
        var current = Assert.Single(await TestData.AllocationsOfAsync(App, child.Id), a => a.IsCurrentOn(Today));
        Assert.Equal(firstWorkerId, current.UserId);
    }

    [SkippableTheory]
    [InlineData(TestUsers.TeamManager, true)]
    [InlineData(TestUsers.Manager, true)]
    [InlineData(TestUsers.SocialWorker, false)]
    [InlineData(TestUsers.Iro, false)]
    public async Task Get_Summary_OffersTheAllocationsLinkOnlyToThoseWhoMayAllocate(string userName, bool offered)
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, iroId: App.Users.IroId);
        var client = await App.SignedInClientAsync(userName);

        var html = await client.GetStringAsync($"/children/{child.Id}");

        Assert.Equal(offered, html.Contains($"href=\"/children/{child.Id}/allocations\"", StringComparison.Ordinal));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AllocationsTests_Sqlite(SqliteApp app) : AllocationsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AllocationsTests_Postgres(PostgresApp app) : AllocationsTests(app);
