using System.Net;
using CoParent.Web.Tests.Infrastructure;

namespace CoParent.Web.Tests.Features.Children;

public abstract class SummaryTests(CoParentApp app) : IntegrationTest(app)
{
    [SkippableFact]
    public async Task Get_Summary_AllocatedSocialWorker_SeesPlacementWorkersAndChangeLinks()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, iroId: App.Users.IroId, place: "K2", legalStatus: "C1");
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.GetAsync($"/children/{child.Id}");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var now = page.QuerySelector("#placement-now")!.TextContent;
        Assert.Contains("Children's home (K2)", now);
        Assert.Contains("Interim care order (C1)", now);
        Assert.Contains(TestUsers.TeamA, page.Body!.TextContent);
        var links = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/children/{child.Id}/timeline", links);
        Assert.Contains($"/children/{child.Id}/edit", links);
        Assert.Contains($"/children/{child.Id}/episodes/new?change=placement", links);
        Assert.DoesNotContain($"/children/{child.Id}/audit", links);
    }

    [SkippableFact]
    public async Task Get_Summary_Iro_SeesRecordWithoutChangeLinks()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, iroId: App.Users.IroId);
        var client = await App.SignedInClientAsync(TestUsers.Iro);

        var page = await Html.ParseAsync(await client.GetAsync($"/children/{child.Id}"));

        var links = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/children/{child.Id}/timeline", links);
        Assert.DoesNotContain($"/children/{child.Id}/edit", links);
    }

    [SkippableFact]
    public async Task Get_Summary_Manager_SeesWhoHasLookedLink()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var page = await Html.ParseAsync(await client.GetAsync($"/children/{child.Id}"));

        Assert.Contains($"/children/{child.Id}/audit", page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [SkippableTheory]
    [InlineData(TestUsers.OtherSocialWorker)]
    [InlineData(TestUsers.OtherTeamManager)]
    [InlineData(TestUsers.Councillor)]
    [InlineData(TestUsers.Administrator)]
    public async Task Get_SummaryOrTimeline_UserWithoutAccess_IsForbidden(string userName)
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(userName);

        Html.AssertForbidden(await client.GetAsync($"/children/{child.Id}"));
        Html.AssertForbidden(await client.GetAsync($"/children/{child.Id}/timeline"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SummaryTests_Sqlite(SqliteApp app) : SummaryTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SummaryTests_Postgres(PostgresApp app) : SummaryTests(app);
