using System.Net;
using System.Net.Http.Json;
using System.Text;
using AngleSharp.Html.Parser;
using CoParent.Core.Strategy;
using CoParent.Web.Features.DeliveryPlans;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.DeliveryPlans;

/// <summary>The delivery plans: the list and its filters, one action, a manager's changes, and who may do what.</summary>
public abstract class DeliveryPlansTests(CoParentApp app) : IntegrationTest(app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime);

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static List<string> ActionTitles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table.delivery-actions tbody tr td:first-child a").Select(a => a.TextContent.Trim())];

    private Task<DeliveryAction> ReloadAsync(int id) =>
        App.WithDbAsync(db => db.DeliveryActions.AsNoTracking().Include(a => a.Updates).SingleAsync(a => a.Id == id));

    [SkippableFact]
    public async Task Get_ListFilteredByOwnerAndOutcome_ShowsOnlyThatOutcomesActionsUnderItsTitle()
    {
        var owner = TestData.UniqueOwner();
        var wanted = await TestData.CreateDeliveryActionAsync(App, owner, outcome: 4, title: "Wanted action");
        await TestData.CreateDeliveryActionAsync(App, owner, outcome: 5, title: "Other outcome action");
        await TestData.CreateDeliveryActionAsync(App, TestData.UniqueOwner(), outcome: 4, title: "Other owner action");
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        var page = await PageAsync(client, $"/delivery-plans?outcome=4&owner={Uri.EscapeDataString(owner)}");

        Assert.Equal(["Wanted action"], ActionTitles(page));
        Assert.Equal("Outcome 4: Children and young people are happy, healthy and safe",
            page.QuerySelector("table.delivery-actions caption")!.TextContent.Trim());
        Assert.Equal($"/delivery-plans/{wanted.Id}", page.QuerySelector("table.delivery-actions a")!.GetAttribute("href"));
    }

    [SkippableFact]
    public async Task Get_ListOverdueOnly_ShowsUnfinishedActionsPastTheirDueDate()
    {
        var owner = TestData.UniqueOwner();
        await TestData.CreateDeliveryActionAsync(App, owner, status: ActionStatus.AtRisk, dueOn: Today.AddDays(-1), title: "Late action");
        await TestData.CreateDeliveryActionAsync(App, owner, status: ActionStatus.Complete, dueOn: Today.AddDays(-30), title: "Finished late");
        await TestData.CreateDeliveryActionAsync(App, owner, status: ActionStatus.OnTrack, dueOn: Today, title: "Due today");
        await TestData.CreateDeliveryActionAsync(App, owner, status: ActionStatus.OffTrack, title: "No due date");
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var page = await PageAsync(client, $"/delivery-plans?overdue=true&owner={Uri.EscapeDataString(owner)}");

        Assert.Equal(["Late action"], ActionTitles(page));
        Assert.Contains("Overdue", page.QuerySelector("table.delivery-actions tbody tr")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Get_ListByStatus_ShowsThatStatusAndCountsEachOutcome()
    {
        var owner = TestData.UniqueOwner();
        await TestData.CreateDeliveryActionAsync(App, owner, outcome: 2, status: ActionStatus.AtRisk, title: "Risky one");
        await TestData.CreateDeliveryActionAsync(App, owner, outcome: 2, status: ActionStatus.AtRisk, title: "Risky two", dueOn: Today.AddDays(-5));
        await TestData.CreateDeliveryActionAsync(App, owner, outcome: 2, status: ActionStatus.OnTrack, title: "Fine one");
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var page = await PageAsync(client, $"/delivery-plans?status=at-risk&owner={Uri.EscapeDataString(owner)}");
        var all = await PageAsync(client, $"/delivery-plans?owner={Uri.EscapeDataString(owner)}");

        Assert.Equal(["Risky one", "Risky two"], ActionTitles(page).Order());
        var counts = all.QuerySelectorAll("#status-counts tbody tr td").Select(c => c.TextContent.Trim()).ToList();
        // Not started, On track, At risk, Off track, Complete, Overdue, All
        Assert.Equal(["0", "1", "2", "0", "0", "1", "3"], counts);
    }

    [SkippableFact]
    public async Task Get_ListByOwner_GroupsActionsUnderEachOwner()
    {
        var first = TestData.UniqueOwner("Aardvark lead");
        await TestData.CreateDeliveryActionAsync(App, first, outcome: 3, title: "First's action");
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var page = await PageAsync(client, $"/delivery-plans?view=owner&owner={Uri.EscapeDataString(first)}");

        Assert.Equal(first, page.QuerySelector("table.delivery-actions caption")!.TextContent.Trim());
        Assert.Contains("Outcome 3", page.QuerySelector("table.delivery-actions tbody")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Get_ListWithAnOutcomeTheStrategyDoesNotHave_Returns400NamingTheField()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.GetAsync("/delivery-plans?outcome=9");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#Outcome\">Select an Outcome from 1 to 7</a>", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Get_ListCsv_HasThePagesActionsWithEveryColumn()
    {
        var owner = TestData.UniqueOwner();
        await TestData.CreateDeliveryActionAsync(App, owner, outcome: 7, status: ActionStatus.OffTrack, title: "Staying Put, made affordable",
            startsOn: new DateOnly(2024, 4, 1), dueOn: new DateOnly(2025, 3, 31), measureId: "leaving-care.staying-put", partner: "District councils");
        await TestData.CreateDeliveryActionAsync(App, owner, outcome: 6, status: ActionStatus.Complete, title: "Not in the list");
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        var response = await client.GetAsync($"/delivery-plans?outcome=7&owner={Uri.EscapeDataString(owner)}&format=csv");
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Outcome,Action,Owner,Partner,Starts,Due,Status,Overdue,Measure,Children in Care Council", lines[0]);
        Assert.Equal($"7,\"Staying Put, made affordable\",{owner},District councils,2024-04-01,2025-03-31,Off track,Yes,leaving-care.staying-put,", lines[1]);
        Assert.Equal(2, lines.Length);
    }

    [SkippableFact]
    public async Task Get_Action_ShowsOutcomePromiseMeasureLinkAndNotesNewestFirst()
    {
        var action = await TestData.CreateDeliveryActionAsync(App, TestData.UniqueOwner(), outcome: 7, measureId: "leaving-care.staying-put");
        await App.WithDbAsync(async db =>
        {
            db.DeliveryActionUpdates.AddRange(
                new DeliveryActionUpdate { DeliveryActionId = action.Id, WrittenOn = new(2026, 1, 10), Note = "Older note", Status = ActionStatus.OnTrack, WrittenBy = "Ann Example" },
                new DeliveryActionUpdate { DeliveryActionId = action.Id, WrittenOn = new(2026, 9, 1), Note = "Newer note", Evidence = "Panel minutes", Status = ActionStatus.AtRisk, WrittenBy = "Ann Example" });
            await db.SaveChangesAsync();
        });
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        var page = await PageAsync(client, $"/delivery-plans/{action.Id}");

        var details = page.QuerySelector("#action-details")!.TextContent;
        Assert.Contains("7: Care leavers feel cared for", details, StringComparison.Ordinal);
        Assert.Contains("7: We will help you become independent", details, StringComparison.Ordinal);
        Assert.Equal("/strategy/measures/leaving-care.staying-put", page.QuerySelector("#action-measure a")!.GetAttribute("href"));
        var notes = page.QuerySelectorAll("#progress-notes tbody tr").Select(r => r.Children[1].TextContent.Trim()).ToList();
        Assert.Equal(["Newer note", "Older note"], notes);
        Assert.Null(page.QuerySelector("a[href$='/progress']")); // councillors read only
    }

    [SkippableFact]
    public async Task Post_ManagerEditsAction_SavesTheDetailsAndKeepsTheChangeInItsHistory()
    {
        var action = await TestData.CreateDeliveryActionAsync(App, TestData.UniqueOwner(), outcome: 5, status: ActionStatus.NotStarted);
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.PostFormAsync($"/delivery-plans/{action.Id}/edit",
        [
            new("Input.Title", "Recruit more foster carers"), new("Input.Description", "With every district."),
            new("Input.Owner", "Head of Fostering"), new("Input.Partner", "District councils"),
            new("Input.StartsOn.Day", "1"), new("Input.StartsOn.Month", "4"), new("Input.StartsOn.Year", "2026"),
            new("Input.DueOn.Day", "31"), new("Input.DueOn.Month", "3"), new("Input.DueOn.Year", "2027"),
            new("Input.Status", "on-track"), new("Input.MeasureId", "cla.placement.fostered"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await ReloadAsync(action.Id);
        Assert.Equal(("Recruit more foster carers", "Head of Fostering", "District councils"), (saved.Title, saved.Owner, saved.Partner));
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31)), (saved.StartsOn!.Value, saved.DueOn!.Value));
        Assert.Equal((ActionStatus.OnTrack, "cla.placement.fostered"), (saved.Status, saved.MeasureId));
        var history = Assert.Single(saved.Updates);
        Assert.Contains($"the owner from {action.Owner} to Head of Fostering", history.Note, StringComparison.Ordinal);
        Assert.Contains("the status from Not started to On track", history.Note, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Post_EditWithDueDateBeforeStartAndNoOwner_Returns400NamingEachFieldAndKeepsTheForm()
    {
        var action = await TestData.CreateDeliveryActionAsync(App, TestData.UniqueOwner());
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.PostFormAsync($"/delivery-plans/{action.Id}/edit",
        [
            new("Input.Title", "Kept title"), new("Input.Owner", ""),
            new("Input.StartsOn.Day", "1"), new("Input.StartsOn.Month", "4"), new("Input.StartsOn.Year", "2026"),
            new("Input.DueOn.Day", "31"), new("Input.DueOn.Month", "3"), new("Input.DueOn.Year", "2026"),
            new("Input.Status", "sideways"), new("Input.MeasureId", "no.such.measure"),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#Input_Owner\">Enter who owns the action</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_DueOn\">The due date must be the same as or after the start date</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Status\">Select the action&#x27;s status</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_MeasureId\">Select a measure from the list, or None</a>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Kept title\"", html, StringComparison.Ordinal);
        Assert.Equal(action.Owner, (await ReloadAsync(action.Id)).Owner);
    }

    [SkippableFact]
    public async Task Post_ManagerAddsProgressNote_ActionTakesTheNotesStatus()
    {
        var action = await TestData.CreateDeliveryActionAsync(App, TestData.UniqueOwner(), status: ActionStatus.OnTrack);
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.PostFormAsync($"/delivery-plans/{action.Id}/progress",
            [new("Input.Note", "Funding not yet agreed."), new("Input.Evidence", "Panel minutes, October"), new("Input.Status", "at-risk")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await ReloadAsync(action.Id);
        Assert.Equal(ActionStatus.AtRisk, saved.Status);
        var note = Assert.Single(saved.Updates);
        Assert.Equal(("Funding not yet agreed.", "Panel minutes, October", ActionStatus.AtRisk, Today), (note.Note, note.Evidence, note.Status, note.WrittenOn));
        Assert.False(string.IsNullOrEmpty(note.WrittenBy));
    }

    [SkippableFact]
    public async Task Post_ProgressNoteWithNothingEntered_Returns400NamingTheNote()
    {
        var action = await TestData.CreateDeliveryActionAsync(App, TestData.UniqueOwner(), status: ActionStatus.OnTrack);
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.PostFormAsync($"/delivery-plans/{action.Id}/progress", [new("Input.Note", " "), new("Input.Status", "")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#Input_Note\">Enter what has happened</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Status\">Select where the action stands now</a>", html, StringComparison.Ordinal);
        Assert.Empty((await ReloadAsync(action.Id)).Updates);
    }

    [SkippableFact]
    public async Task Post_ManagerAddsAction_SavesItUnderTheOutcome()
    {
        var owner = TestData.UniqueOwner();
        var client = await App.SignedInClientAsync(TestUsers.Manager);
        var form = await client.GetStringAsync("/delivery-plans/new?outcome=6");

        var response = await client.PostFormAsync("/delivery-plans/new",
            [new("Input.Outcome", "6"), new("Input.Title", "Reading campaign"), new("Input.Owner", owner), new("Input.Status", "not-started"), new("Input.MeasureId", "")]);

        Assert.Contains("<option value=\"6\" selected=\"selected\">", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await App.WithDbAsync(db => db.DeliveryActions.AsNoTracking().SingleAsync(a => a.Owner == owner));
        Assert.Equal((6, "Reading campaign", ActionStatus.NotStarted, (string?)null), (saved.Outcome, saved.Title, saved.Status, saved.MeasureId));
        Assert.Equal($"/delivery-plans/{saved.Id}", response.Headers.Location!.ToString());
    }

    [SkippableFact]
    public async Task Post_NewActionWithNothingEntered_Returns400NamingEachRequiredField()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.PostFormAsync("/delivery-plans/new", [new("Input.Title", "")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#Input_Outcome\">Select the Outcome the action is for</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Title\">Enter what the action is</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Owner\">Enter who owns the action</a>", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Post_ManagerRecordsChildrenInCareCouncilSuggestion_ShowsOnTheAction()
    {
        var action = await TestData.CreateDeliveryActionAsync(App, TestData.UniqueOwner());
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.PostFormAsync($"/delivery-plans/{action.Id}/children-in-care-council",
        [
            new("Input.What", "suggested"), new("Input.On.Day", "4"), new("Input.On.Month", "11"), new("Input.On.Year", "2026"),
            new("Input.Comments", "We want to hear back in spring."),
        ]);
        var page = await PageAsync(client, $"/delivery-plans/{action.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await ReloadAsync(action.Id);
        Assert.Equal((true, new DateOnly(2026, 11, 4), "We want to hear back in spring."), (saved.SuggestedByCicc, saved.CiccReviewedOn!.Value, saved.CiccComments));
        Assert.Contains("Suggested; reviewed 4 November 2026", page.QuerySelector("#action-cicc")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Post_ChildrenInCareCouncilWithNoChoiceOrDate_Returns400NamingEachField()
    {
        var action = await TestData.CreateDeliveryActionAsync(App, TestData.UniqueOwner());
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.PostFormAsync($"/delivery-plans/{action.Id}/children-in-care-council", [new("Input.Comments", "Kept")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#Input_What\">Select whether the Children in Care Council reviewed or suggested the action</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_On\">Enter the date of the Children in Care Council&#x27;s meeting</a>", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Post_CouncillorAddsProgressNote_ReturnsForbiddenAndChangesNothing()
    {
        var action = await TestData.CreateDeliveryActionAsync(App, TestData.UniqueOwner(), status: ActionStatus.OnTrack);
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        var response = await client.PostFormAsync($"/delivery-plans/{action.Id}/progress",
            [new("Input.Note", "Not mine to write"), new("Input.Status", "complete")], tokenFrom: "/delivery-plans");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ActionStatus.OnTrack, (await ReloadAsync(action.Id)).Status);
    }

    [SkippableFact]
    public async Task Get_DesignatedTeacherOpensDeliveryPlans_ReturnsForbidden()
    {
        var action = await TestData.CreateDeliveryActionAsync(App, TestData.UniqueOwner());
        var client = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        var list = await client.GetAsync("/delivery-plans");
        var one = await client.GetAsync($"/delivery-plans/{action.Id}");
        var api = await client.GetAsync("/api/delivery-actions");

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], [list.StatusCode, one.StatusCode, api.StatusCode]);
    }

    [SkippableFact]
    public async Task GetApi_FilteredByOutcomeStatusAndOverdue_ReturnsTheMatchingActions()
    {
        var owner = TestData.UniqueOwner();
        var late = await TestData.CreateDeliveryActionAsync(App, owner, outcome: 3, status: ActionStatus.OffTrack, dueOn: Today.AddDays(-10));
        await TestData.CreateDeliveryActionAsync(App, owner, outcome: 3, status: ActionStatus.OffTrack, dueOn: Today.AddDays(10));
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        var actions = await client.GetFromJsonAsync<List<DeliveryPlansFeature.DeliveryActionJson>>("/api/delivery-actions?outcome=3&status=off-track&overdue=true");

        var mine = Assert.Single(actions!, a => a.Owner == owner);
        Assert.Equal((late.Id, "off-track", "Off track", true), (mine.Id, mine.Status, mine.StatusText, mine.Overdue));
        Assert.All(actions!, a => Assert.True(a.Outcome == 3 && a.Overdue && a.Status == "off-track"));
    }

    [SkippableFact]
    public async Task GetApi_WithAStatusThatDoesNotExist_ReturnsValidationProblem()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.GetAsync("/api/delivery-actions?status=sideways");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Select a status from the list", body, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task DeliveryPlanQueries_ForMeasureAndOutcomes_GiveTheActionsWithOverdue()
    {
        var measure = "voice.meetings.children-took-part";
        var owner = TestData.UniqueOwner();
        var late = await TestData.CreateDeliveryActionAsync(App, owner, outcome: 2, status: ActionStatus.AtRisk, dueOn: Today.AddDays(-1), measureId: measure);

        var forMeasure = await App.WithDbAsync(db => DeliveryPlanQueries.ForMeasureAsync(db, measure, Today));
        var forOutcomes = await App.WithDbAsync(db => DeliveryPlanQueries.ForOutcomesAsync(db, [2, 3], Today));

        var found = Assert.Single(forMeasure, a => a.Owner == owner);
        Assert.Equal((late.Id, late.Title, ActionStatus.AtRisk, Today.AddDays(-1), true), (found.Id, found.Title, found.Status, found.DueOn!.Value, found.Overdue));
        Assert.Contains(forOutcomes, a => a.Id == late.Id);
        Assert.All(forOutcomes, a => Assert.True(a.Outcome is 2 or 3));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DeliveryPlansTests_Sqlite(SqliteApp app) : DeliveryPlansTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DeliveryPlansTests_Postgres(PostgresApp app) : DeliveryPlansTests(app);
