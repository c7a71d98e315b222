using System.Net;
using CoParent.Web.Tests.Infrastructure;

namespace CoParent.Web.Tests.Features.Audit;

public abstract class ChildAuditTests(CoParentApp app) : IntegrationTest(app)
{
    [SkippableTheory]
    [InlineData(TestUsers.Manager)]
    [InlineData(TestUsers.TeamManager)]
    public async Task Get_ChildAudit_ManagerOrTeamManager_ListsWhoLookedNewestFirst(string userName)
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var worker = await App.SignedInClientAsync(TestUsers.SocialWorker);
        await worker.GetAsync($"/children/{child.Id}");
        var outsider = await App.SignedInClientAsync(TestUsers.OtherSocialWorker);
        await outsider.GetAsync($"/children/{child.Id}");
        var client = await App.SignedInClientAsync(userName);

        var response = await client.GetAsync($"/children/{child.Id}/audit");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#audit-entries tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains(TestUsers.SocialWorker, StringComparison.Ordinal) && r.Contains("Allowed", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(TestUsers.OtherSocialWorker, StringComparison.Ordinal) && r.Contains("Refused", StringComparison.Ordinal));
        Assert.Contains(userName, rows[0]); // this very view is the newest
    }

    [SkippableTheory]
    [InlineData(TestUsers.SocialWorker)]
    [InlineData(TestUsers.Iro)]
    [InlineData(TestUsers.OtherTeamManager)]
    [InlineData(TestUsers.Councillor)]
    [InlineData(TestUsers.Administrator)]
    public async Task Get_ChildAudit_AnyoneElse_IsForbidden(string userName)
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, iroId: App.Users.IroId);
        var client = await App.SignedInClientAsync(userName);

        var response = await client.GetAsync($"/children/{child.Id}/audit");

        Html.AssertForbidden(response);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ChildAuditTests_Sqlite(SqliteApp app) : ChildAuditTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ChildAuditTests_Postgres(PostgresApp app) : ChildAuditTests(app);
