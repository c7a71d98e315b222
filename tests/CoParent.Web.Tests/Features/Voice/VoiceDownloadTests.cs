using CoParent.Core.Voice;
using CoParent.Web.Tests.Infrastructure;

namespace CoParent.Web.Tests.Features.Voice;

/// <summary>The Have Your Say lists as CSV: meetings for the year shown, and surveys with their counts suppressed as the page shows them.</summary>
public abstract class VoiceDownloadTests(CoParentApp app) : IntegrationTest(app)
{
    [SkippableFact]
    public async Task GetMeetingsCsv_AsTeamManager_HasTheYearsMeetingsWithThePagesColumns()
    {
        var client = await App.SignedInClientAsync(TestUsers.TeamManager);
        var topic = "Topic " + Guid.NewGuid().ToString("N")[..8];
        await client.PostFormAsync("/have-your-say/meetings/new",
        [
            new("Input.HeldOn.Day", "9"), new("Input.HeldOn.Month", "11"), new("Input.HeldOn.Year", "2026"),
            new("Input.With", "CorporateParentingPanel"), new("Input.ChildrenTookPart", "4"), new("Input.Topics", topic),
        ]);

        var page = await Html.ParseAsync(await client.GetAsync("/have-your-say/meetings?year=2027"));
        var file = await DownloadedCsv.GetAsync(client, "/have-your-say/meetings?year=2027&format=csv");
        var earlier = await DownloadedCsv.GetAsync(client, "/have-your-say/meetings?year=2026&format=csv");

        Assert.Equal(DownloadedCsv.HeadersOf(page, "#meetings"), file.Headers);
        var row = Assert.Single(file.Rows, r => r[3] == topic);
        Assert.Equal(["2026-11-09", "4"], [row[0], row[2]]);
        Assert.Equal(page.QuerySelectorAll("#meetings tbody tr").Length, file.Rows.Count);
        Assert.False(earlier.HasRowContaining(topic));
        Assert.Equal("meetings-with-decision-makers-2026-04-01-to-2027-03-31.csv", file.FileName);
    }

    [SkippableFact]
    public async Task GetMeetingsCsv_AsSocialWorker_IsForbidden()
    {
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        Html.AssertForbidden(await client.GetAsync("/have-your-say/meetings?format=csv"));
    }

    [SkippableFact]
    public async Task GetSurveysCsv_AsCouncillor_HasThePagesColumnsAndSmallCountsSuppressed()
    {
        var survey = await TestData.CreateOpenSurveyAsync(App);
        for (var i = 0; i < 3; i++)
        {
            var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
            await TestData.IssueCodeAsync(App, survey.Id, child.Id);
        }
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        var page = await Html.ParseAsync(await client.GetAsync("/have-your-say/surveys"));
        var file = await DownloadedCsv.GetAsync(client, "/have-your-say/surveys?format=csv");

        Assert.Equal(DownloadedCsv.HeadersOf(page, "#surveys"), file.Headers);
        var row = Assert.Single(file.Rows, r => r[0] == survey.Title);
        Assert.Equal(["2026-10-24 to 2026-12-23", nameof(SurveyStatus.Open), "c", "0"], row.Skip(1));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class VoiceDownloadTests_Sqlite(SqliteApp app) : VoiceDownloadTests(app);

[Collection(PostgresCollection.Name)]
public sealed class VoiceDownloadTests_Postgres(PostgresApp app) : VoiceDownloadTests(app);
