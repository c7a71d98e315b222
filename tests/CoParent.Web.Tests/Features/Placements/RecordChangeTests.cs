using System.Net;
using CoParent.Web.Tests.Infrastructure;

namespace CoParent.Web.Tests.Features.Placements;

public abstract class RecordChangeTests(CoParentApp app) : IntegrationTest(app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime);

    private static List<KeyValuePair<string, string>> Move(Guid version, DateOnly date) =>
    [
        new("Version", version.ToString()), new("Date.Day", date.Day.ToString()), new("Date.Month", date.Month.ToString()),
        new("Date.Year", date.Year.ToString()), new("Rne", "P"), new("ReasonPlaceChange", "CARPL"), new("Episode.Ls", "C2"),
        new("Episode.Place", "K2"), new("Episode.PlaceProvider", "PR4"), new("Episode.CarerName", "Oak House"),
        new("Episode.PlPost", "CO1 1AA"), new("Episode.Urn", "SC654321"),
    ];

    [SkippableFact]
    public async Task Post_PlacementMove_ClosesOldEpisodeWithX1AndTimelineShowsNewPlacement()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, since: Today.AddYears(-1));
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var url = $"/children/{child.Id}/episodes/new?change=placement";
        var moved = Today.AddDays(-7);

        var response = await client.PostFormAsync(url, Move(child.Version, moved));
        var timeline = await Html.ParseAsync(await client.GetAsync($"/children/{child.Id}/timeline"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var episodes = await TestData.EpisodesOfAsync(App, child.Id);
        Assert.Equal(2, episodes.Count);
        Assert.Equal(moved, episodes[0].Dec);
        Assert.Equal("X1", episodes[0].Rec);
        Assert.Equal("CARPL", episodes[0].ReasonPlaceChange);
        Assert.Equal(("P", moved, "K2"), (episodes[1].Rne, episodes[1].Decom, episodes[1].Place));
        Assert.Equal("IN", episodes[1].PlLocation);
        Assert.NotNull(episodes[1].PlDistance);
        var placements = timeline.QuerySelectorAll(".timeline-placement").Select(p => p.TextContent).ToList();
        Assert.Equal(2, placements.Count);
        Assert.Contains("Oak House", placements[0]); // newest first
        Assert.Contains("Test foster carers", placements[1]);
        Assert.Contains("Episode ends and a new one begins the same day", placements[1]);
        Assert.NotEqual(child.Version, await TestData.VersionOfAsync(App, child.Id));
    }

    [SkippableFact]
    public async Task Post_PlacementMove_StartingBeforeCurrentEpisode_Returns400AndWritesNothing()
    {
        var since = Today.AddMonths(-2);
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, since: since);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/episodes/new?change=placement", Move(child.Version, since.AddDays(-5)));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Html.ErrorSummary(page), e => e.Href == "#Date");
        Assert.Equal("Oak House", page.QuerySelector("#Episode_CarerName")!.GetAttribute("value")); // the form is kept
        var episodes = await TestData.EpisodesOfAsync(App, child.Id);
        Assert.Single(episodes);
        Assert.Null(episodes[0].Dec);
        Assert.Equal(child.Version, await TestData.VersionOfAsync(App, child.Id));
    }

    [SkippableFact]
    public async Task Post_PlacementMove_WithNothingChosen_AsksForEachField()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/episodes/new?change=placement", [new("Version", child.Version.ToString())]);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#Date", "Enter the date the placement started"), errors);
        Assert.Contains(("#Rne", "Select what changed"), errors);
        Assert.Contains(("#ReasonPlaceChange", "Select why the placement ended"), errors);
        Assert.Contains(("#Episode_Place", "Select the placement type"), errors);
        Assert.Single(await TestData.EpisodesOfAsync(App, child.Id));
    }

    [SkippableFact]
    public async Task Post_LegalStatusChange_StartsEpisodeWithRneLAndSamePlacement()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, legalStatus: "C1");
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var date = Today.AddDays(-1);

        var response = await client.PostFormAsync($"/children/{child.Id}/episodes/new?change=legal-status",
        [
            new("Version", child.Version.ToString()), new("Date.Day", date.Day.ToString()), new("Date.Month", date.Month.ToString()),
            new("Date.Year", date.Year.ToString()), new("Episode.Ls", "C2"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var episodes = await TestData.EpisodesOfAsync(App, child.Id);
        Assert.Equal(("X1", date), (episodes[0].Rec, episodes[0].Dec!.Value));
        Assert.Equal(("L", "C2", "U4", "Test foster carers"), (episodes[1].Rne, episodes[1].Ls, episodes[1].Place, episodes[1].CarerName));
    }

    [SkippableFact]
    public async Task Post_LeavingCare_ClosesEpisodeAndSummarySaysNotInCare()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/episodes/new?change=leaving-care",
        [
            new("Version", child.Version.ToString()), new("Date.Day", Today.Day.ToString()), new("Date.Month", Today.Month.ToString()),
            new("Date.Year", Today.Year.ToString()), new("Rec", "E4A"),
        ]);
        var summary = await Html.ParseAsync(await client.GetAsync($"/children/{child.Id}"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var episode = Assert.Single(await TestData.EpisodesOfAsync(App, child.Id));
        Assert.Equal(("E4A", Today), (episode.Rec, episode.Dec!.Value));
        Assert.Contains("is not in care today", summary.QuerySelector("#placement-now")!.TextContent);
    }

    [SkippableFact]
    public async Task Post_LeavingCare_WithX1_IsRefused()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/episodes/new?change=leaving-care",
        [
            new("Version", child.Version.ToString()), new("Date.Day", Today.Day.ToString()), new("Date.Month", Today.Month.ToString()),
            new("Date.Year", Today.Year.ToString()), new("Rec", "X1"),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#Rec", "Select the reason the child left care"), Html.ErrorSummary(await Html.ParseAsync(response)));
        Assert.Null(Assert.Single(await TestData.EpisodesOfAsync(App, child.Id)).Dec);
    }

    [SkippableFact]
    public async Task Post_TwoMovesFromTheSameVersion_OnlyTheFirstIsRecorded()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var first = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var second = await App.SignedInClientAsync(TestUsers.TeamManager);
        var url = $"/children/{child.Id}/episodes/new?change=placement";

        var firstResponse = await first.PostFormAsync(url, Move(child.Version, Today.AddDays(-3)));
        var secondResponse = await second.PostFormAsync(url, Move(child.Version, Today.AddDays(-2)));

        Assert.Equal(HttpStatusCode.Redirect, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondResponse.StatusCode);
        Assert.Contains("Someone else changed this record while you were editing it", await secondResponse.Content.ReadAsStringAsync());
        Assert.Equal(2, (await TestData.EpisodesOfAsync(App, child.Id)).Count);
    }

    [SkippableTheory]
    [InlineData(TestUsers.Iro)]
    [InlineData(TestUsers.OtherSocialWorker)]
    [InlineData(TestUsers.Councillor)]
    public async Task Get_RecordChange_UserWhoCannotEditThisChild_IsForbidden(string userName)
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, iroId: App.Users.IroId);
        var client = await App.SignedInClientAsync(userName);

        var response = await client.GetAsync($"/children/{child.Id}/episodes/new?change=placement");

        Html.AssertForbidden(response);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RecordChangeTests_Sqlite(SqliteApp app) : RecordChangeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RecordChangeTests_Postgres(PostgresApp app) : RecordChangeTests(app);
