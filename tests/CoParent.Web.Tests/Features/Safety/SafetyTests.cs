using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoParent.Core.Measures;
using CoParent.Core.Safety;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Web.Tests.Features.Safety;

/// <summary>Issue 6, Safety: missing episodes with their return conversations, and exploitation risk, in the child's record.</summary>
public abstract class SafetyTests(CoParentApp app) : IntegrationTest(app)
{
    // The tests' clock: 23 November 2026, 10:00 UK time (GMT).
    private static readonly DateOnly Today = DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime);

    private static string Page(int childId) => $"/children/{childId}/safety";

    private static IEnumerable<KeyValuePair<string, string>> Date(string key, DateOnly? date) =>
    [
        new($"{key}.Day", date?.Day.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        new($"{key}.Month", date?.Month.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        new($"{key}.Year", date?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
    ];

    private async Task<CoParent.Core.Children.Child> ChildAsync() =>
        await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, iroId: App.Users.IroId,
            familyName: TestData.UniqueFamilyName("Safety"), dateOfBirth: Today.AddYears(-15));

    [SkippableFact]
    public async Task Post_SocialWorkerRecordsMissingEpisode_SavesItAndShowsMissingNowBanner()
    {
        var child = await ChildAsync();
        var worker = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await worker.PostFormAsync($"{Page(child.Id)}/missing/new",
            [.. Date("Input.Start", Today.AddDays(-1)), new("Input.StartTime", "21:30"), new("Input.Kind", "M"), new("Input.ReportedToPolice", "yes")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var episode = Assert.Single(await TestData.MissingEpisodesOfAsync(App, child.Id));
        Assert.Equal((Today.AddDays(-1), new TimeOnly(21, 30), "M", true, (DateOnly?)null), (episode.Start, episode.StartTime!.Value, episode.Kind!, episode.ReportedToPolice, episode.End));
        var page = await Html.ParseAsync(await worker.GetAsync(Page(child.Id)));
        Assert.Contains("Missing now", page.QuerySelector("#missing-now")!.TextContent, StringComparison.Ordinal);
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ChildId == child.Id && a.Action == "safety.missing.start")));
    }

    [SkippableFact]
    public async Task Post_EmptyMissingForm_NamesEachFieldInTheErrorSummary()
    {
        var child = await ChildAsync();
        var worker = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await worker.PostFormAsync($"{Page(child.Id)}/missing/new", [.. Date("Input.Start", null), new("Input.StartTime", "25:99")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));
        Assert.Contains(errors, e => e.Href == "#Input_Kind");
        Assert.Contains(errors, e => e.Href == "#Input_Start" && e.Message == "Enter the date the child went missing");
        Assert.Contains(errors, e => e.Href == "#Input_StartTime" && e.Message.Contains("24-hour clock", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Href == "#Input_ReportedToPolice");
        Assert.Empty(await TestData.MissingEpisodesOfAsync(App, child.Id));
    }

    [SkippableFact]
    public async Task Post_MissingWhileAlreadyMissing_AsksForTheReturnFirst()
    {
        var child = await ChildAsync();
        await TestData.AddMissingEpisodeAsync(App, child.Id, Today.AddDays(-3));
        var worker = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await worker.PostFormAsync($"{Page(child.Id)}/missing/new",
            [.. Date("Input.Start", Today), new("Input.Kind", "A"), new("Input.ReportedToPolice", "no")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(Html.ErrorSummary(await Html.ParseAsync(response)));
        Assert.Equal("#Input_Start", error.Href);
        Assert.Contains("record their return first", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Post_ReturnBeforeTheChildWentMissing_NamesTheDateField()
    {
        var child = await ChildAsync();
        var episode = await TestData.AddMissingEpisodeAsync(App, child.Id, Today.AddDays(-3));
        var worker = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await worker.PostFormAsync($"{Page(child.Id)}/missing/{episode.Id}/return", [.. Date("Input.End", Today.AddDays(-4))]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(Html.ErrorSummary(await Html.ParseAsync(response)));
        Assert.Equal("#Input_End", error.Href);
        Assert.Null(Assert.Single(await TestData.MissingEpisodesOfAsync(App, child.Id)).End);
    }

    [SkippableFact]
    public async Task Post_ReturnThenConversationHeldWithin72Hours_ShowsHeldInTime()
    {
        var child = await ChildAsync();
        var episode = await TestData.AddMissingEpisodeAsync(App, child.Id, Today.AddDays(-3), new TimeOnly(20, 0));
        var worker = await App.SignedInClientAsync(TestUsers.SocialWorker);

        // Back 21 November 23:15: the conversation is due by 24 November 23:15.
        var back = await worker.PostFormAsync($"{Page(child.Id)}/missing/{episode.Id}/return",
            [.. Date("Input.End", Today.AddDays(-2)), new("Input.EndTime", "23:15"), new("Input.WhereFound", "At a friend's house")]);
        var due = await Html.ParseAsync(await worker.GetAsync(Page(child.Id)));
        var chat = await worker.PostFormAsync($"{Page(child.Id)}/missing/{episode.Id}/conversation",
        [
            .. Date("Input.OfferedOn", Today.AddDays(-1)), new("Input.OfferedTime", "09:00"), new("Input.Outcome", "held"),
            .. Date("Input.HeldOn", Today), new("Input.HeldTime", "09:30"), new("Input.HeldBy", "Jo Bell, Missing Chat worker"),
            new("Input.Findings", "Wanted to see friends. No risks identified."), new("Input.ExploitationConcern", "no"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("Due", due.QuerySelector(".missing-episode .govuk-tag")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, chat.StatusCode);
        var saved = Assert.Single(await TestData.MissingEpisodesOfAsync(App, child.Id));
        Assert.Equal("At a friend's house", saved.WhereFound);
        Assert.Equal(new TimeOnly(9, 30), saved.ConversationHeldTime);
        Assert.False(saved.ExploitationConcern);
        var page = await Html.ParseAsync(await worker.GetAsync(Page(child.Id)));
        Assert.Equal("Held in time", page.QuerySelector(".missing-episode .govuk-tag")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#missing-now"));
    }

    [SkippableFact]
    public async Task Post_ConversationHeldWithoutWhoOrConcern_NamesThoseFields()
    {
        var child = await ChildAsync();
        var episode = await TestData.AddMissingEpisodeAsync(App, child.Id, Today.AddDays(-3), end: Today.AddDays(-2));
        var worker = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await worker.PostFormAsync($"{Page(child.Id)}/missing/{episode.Id}/conversation",
            [.. Date("Input.OfferedOn", Today.AddDays(-1)), new("Input.OfferedTime", "09:00"), new("Input.Outcome", "held"), .. Date("Input.HeldOn", Today), new("Input.HeldTime", "09:00")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));
        Assert.Equal(["#Input_ExploitationConcern", "#Input_HeldBy"], errors.Select(e => e.Href).Order(StringComparer.Ordinal).ToArray());
    }

    [SkippableFact]
    public async Task Post_RiskAssessment_ShowsTheCurrentLevel()
    {
        var child = await ChildAsync();
        var worker = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await worker.PostFormAsync($"{Page(child.Id)}/exploitation/new",
            [.. Date("Input.AssessedOn", Today.AddDays(-5)), new("Input.Type", "Criminal"), new("Input.Level", "SignificantRisk"), new("Input.AssessedBy", "Nadia Rowe, exploitation lead")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = Assert.Single(await TestData.AssessmentsOfAsync(App, child.Id));
        Assert.Equal((ExploitationType.Criminal, ExploitationRiskLevel.SignificantRisk), (saved.Type, saved.Level));
        var page = await Html.ParseAsync(await worker.GetAsync(Page(child.Id)));
        var now = page.QuerySelector("#exploitation-now")!.TextContent;
        Assert.Contains("Significant risk", now, StringComparison.Ordinal);
        Assert.Contains("Not assessed", now, StringComparison.Ordinal); // sexual exploitation
    }

    [SkippableFact]
    public async Task Post_EmptyRiskAssessment_NamesEachField()
    {
        var child = await ChildAsync();
        var worker = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await worker.PostFormAsync($"{Page(child.Id)}/exploitation/new", [.. Date("Input.AssessedOn", Today.AddDays(1))]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response)).Select(e => e.Href).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["#Input_AssessedBy", "#Input_AssessedOn", "#Input_Level", "#Input_Type"], errors);
    }

    [SkippableFact]
    public async Task Iro_ReadsTheSafetyPage_ButCannotRecord()
    {
        var child = await ChildAsync();
        await TestData.AddMissingEpisodeAsync(App, child.Id, Today.AddDays(-3));
        var iro = await App.SignedInClientAsync(TestUsers.Iro);

        var page = await iro.GetAsync(Page(child.Id));
        var form = await iro.GetAsync($"{Page(child.Id)}/missing/new");
        var post = await iro.PostFormAsync($"{Page(child.Id)}/exploitation/new",
            [.. Date("Input.AssessedOn", Today), new("Input.Type", "Sexual"), new("Input.Level", "AtRisk"), new("Input.AssessedBy", "IRO")], tokenFrom: "/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await Html.ParseAsync(page);
        Assert.NotNull(html.QuerySelector("#missing-now"));
        Assert.Empty(html.QuerySelectorAll("a[href*='/safety/']"));
        Html.AssertForbidden(form);
        Html.AssertForbidden(post);
        Assert.Empty(await TestData.AssessmentsOfAsync(App, child.Id));
    }

    [SkippableFact]
    public async Task Councillor_OpensSafetyPageOrApiOrList_IsForbidden()
    {
        var child = await ChildAsync();
        var councillor = await App.SignedInClientAsync(TestUsers.Councillor);

        Html.AssertForbidden(await councillor.GetAsync(Page(child.Id)));
        Html.AssertForbidden(await councillor.GetAsync("/missing"));
        Assert.Equal(HttpStatusCode.Forbidden, (await councillor.GetAsync($"/api/children/{child.Id}/safety")).StatusCode);
    }

    [SkippableFact]
    public async Task Api_RecordsMissingReturnAndConversation_AndReadsThemBack()
    {
        var child = await ChildAsync();
        var worker = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var api = $"/api/children/{child.Id}/safety";

        var created = await worker.PostAsJsonAsync($"{api}/missing", new { start = "2026-11-20", startTime = "22:00", kind = "A", reportedToPolice = false });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var back = await worker.PostAsJsonAsync($"{api}/missing/{id}/return", new { end = "2026-11-21", endTime = "08:00", whereFound = "With a parent" });
        var chat = await worker.PostAsJsonAsync($"{api}/missing/{id}/conversation", new { offeredOn = "2026-11-21", offeredTime = "12:00", outcome = "declined" });
        var read = await worker.GetFromJsonAsync<JsonElement>(api);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
        var episode = read.GetProperty("episodes").EnumerateArray().Single();
        Assert.Equal("Declined", episode.GetProperty("conversationStatus").GetString());
        Assert.Equal("With a parent", episode.GetProperty("whereFound").GetString());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("missingNow").ValueKind);
    }

    [SkippableFact]
    public async Task Api_RecordsAnExploitationAssessment_AndRefusesOneWithMistakes()
    {
        var child = await ChildAsync();
        var worker = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var api = $"/api/children/{child.Id}/safety";

        var created = await worker.PostAsJsonAsync($"{api}/exploitation",
            new { assessedOn = "2026-11-20", type = "Criminal", level = "AtRisk", assessedBy = "Exploitation panel" });
        var wrong = await worker.PostAsJsonAsync($"{api}/exploitation", new { assessedOn = "2026-11-31", type = "Other" });
        var read = await worker.GetFromJsonAsync<JsonElement>(api);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var errors = (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("assessedOn", out _));
        Assert.True(errors.TryGetProperty("type", out _));
        Assert.Equal("Exploitation panel", read.GetProperty("assessments").EnumerateArray().Single().GetProperty("assessedBy").GetString());
    }

    [SkippableFact]
    public async Task Api_PostMissingWithMistakes_ReturnsFieldErrors()
    {
        var child = await ChildAsync();
        var worker = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await worker.PostAsJsonAsync($"/api/children/{child.Id}/safety/missing", new { start = "2026-13-01", kind = "X" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("start", out _));
        Assert.True(errors.TryGetProperty("kind", out _));
        Assert.True(errors.TryGetProperty("reportedToPolice", out _));
    }

    [SkippableFact]
    public async Task MissingList_SocialWorker_SeesOwnChildMissingAndConversationDue_NotAnotherWorkersChild()
    {
        var mine = await ChildAsync();
        var returned = await ChildAsync();
        var theirs = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.OtherSocialWorkerId, familyName: TestData.UniqueFamilyName("Other"));
        await TestData.AddMissingEpisodeAsync(App, mine.Id, Today.AddDays(-1), new TimeOnly(18, 0));
        // Back 22 November 16:00: due by 25 November 16:00, which at 23 November 10:00 is 54 hours away.
        await TestData.AddMissingEpisodeAsync(App, returned.Id, Today.AddDays(-2), end: Today.AddDays(-1), endTime: new TimeOnly(16, 0));
        await TestData.AddMissingEpisodeAsync(App, theirs.Id, Today.AddDays(-1));
        var worker = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var page = await Html.ParseAsync(await worker.GetAsync("/missing"));

        var missing = page.QuerySelector("#missing-now")!.TextContent;
        Assert.Contains(mine.FamilyName, missing, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.FamilyName, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var due = page.QuerySelectorAll("#conversations tr").Single(r => r.TextContent.Contains(returned.FamilyName, StringComparison.Ordinal));
        Assert.Contains("54 hours left", due.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task OutcomeMeasures_SafetyIsRegistered_AndCountsTheChildsIncidents()
    {
        var child = await ChildAsync();
        await TestData.AddMissingEpisodeAsync(App, child.Id, Today.AddDays(-20), end: Today.AddDays(-19));
        await TestData.AddMissingEpisodeAsync(App, child.Id, Today.AddDays(-10), end: Today.AddDays(-10), kind: "A");
        using var scope = App.Services.CreateScope();
        var source = scope.ServiceProvider.GetServices<IOutcomeMeasures>().Single(s => s.Section == "Safety");
        var db = scope.ServiceProvider.GetRequiredService<CoParent.Data.CoParentDbContext>();

        var results = (await source.CalculateAsync(db, MeasurePeriod.QuarterContaining(Today), CancellationToken.None)).ToDictionary(m => m.Id);

        Assert.Equal([4], source.Outcomes);
        Assert.Contains(child.Id, results["safety.missing.children"].ChildIds);
        Assert.Contains(child.Id, results["safety.away.children"].ChildIds);
        Assert.Contains(child.Id, results["safety.missing-or-away.percent-looked-after"].ChildIds);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SafetyTests_Sqlite(SqliteApp app) : SafetyTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SafetyTests_Postgres(PostgresApp app) : SafetyTests(app);
