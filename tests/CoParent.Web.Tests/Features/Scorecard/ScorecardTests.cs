using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CoParent.Core.Education;
using CoParent.Core.Strategy;
using CoParent.Web.Tests.Features.Dashboard;
using CoParent.Web.Tests.Infrastructure;

namespace CoParent.Web.Tests.Features.Scorecard;

public abstract class ScorecardTests(CoParentApp app) : IntegrationTest(app)
{
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Query(DateOnly from, DateOnly to) =>
        $"From.Day={from.Day}&From.Month={from.Month}&From.Year={from.Year}&To.Day={to.Day}&To.Month={to.Month}&To.Year={to.Year}";

    /// <summary>A period of its own, long ago: three weeks to the given day, with nobody else's children in it.</summary>
    private static (DateOnly Day, DateOnly From, DateOnly To) OwnPeriod()
    {
        var day = TestData.UniquePastDate();
        return (day, day.AddDays(-20), day);
    }

    private async Task<IHtmlDocument> OpenAsync(string userName, string url) =>
        new HtmlParser().ParseDocument(await (await App.SignedInClientAsync(userName)).GetStringAsync(url));

    private static string Cell(IHtmlDocument page, string measureId, string column) =>
        page.QuerySelector($"#measure-{measureId.Replace(".", "\\.", StringComparison.Ordinal)} [data-column={column}]")?.TextContent.Squash() ?? "";

    [SkippableFact]
    public async Task Get_Scorecard_GroupsOutcomesOneAndTwoAcrossTheStrategyAndTheRestUnderTheirPriorities()
    {
        var page = await OpenAsync(TestUsers.Manager, "/scorecard");

        var groups = page.QuerySelectorAll(".coparent-scorecard__group").ToList();
        Assert.Equal("Across the strategy", groups[0].QuerySelector("h2")?.TextContent.Trim());
        Assert.Equal(["outcome-1", "outcome-2"], groups[0].QuerySelectorAll(".coparent-scorecard__outcome").Select(o => o.Id!));
        foreach (var number in new[] { 3, 4, 5, 6, 7 })
        {
            var group = page.GetElementById($"outcome-{number}")!.Closest(".coparent-scorecard__group")!;
            Assert.StartsWith("Priority ", group.QuerySelector("h2")!.TextContent.Trim(), StringComparison.Ordinal);
            Assert.StartsWith("Pledge promise ", page.GetElementById($"outcome-{number}-promise")?.TextContent.Trim(), StringComparison.Ordinal);
        }
        Assert.NotNull(page.QuerySelector("#outcome-1 #measure-journey\\.started"));
        Assert.NotNull(page.QuerySelector("#outcome-5 #measure-stability\\.long-term"));
        Assert.Equal("Scorecard for 1 July 2026 to 30 September 2026, with the trend over the four periods before.", page.GetElementById("period-shown")?.TextContent.Squash());
    }

    [SkippableFact]
    public async Task Get_Scorecard_WithATargetSet_RatesTheMeasureInWords()
    {
        // One child in care for the last 14 days of the period: the median time in care so far is 14 days, 4 over a
        // target of 10 with 5 allowed for amber (lower is better).
        var (day, from, to) = OwnPeriod();
        await TestData.CreateChildInCareAroundAsync(App, day, App.Users.SocialWorkerId);
        await App.WithDbAsync(async db =>
        {
            db.MeasureTargets.Add(new MeasureTarget { MeasureId = "journey.length-in-care", Target = 10, Tolerance = 5, SetBy = "test", SetAtUtc = CoParentApp.Now.UtcDateTime });
            await db.SaveChangesAsync();
        });

        var page = await OpenAsync(TestUsers.Manager, "/scorecard?" + Query(from, to));

        Assert.Equal("14 days", page.QuerySelector("#measure-journey\\.length-in-care [data-value]")?.TextContent.Trim());
        var rag = page.QuerySelector("#measure-journey\\.length-in-care [data-rag]")!;
        Assert.Equal("Amber: close to target", rag.TextContent.Trim());
        Assert.Contains("govuk-tag--yellow", rag.ClassName, StringComparison.Ordinal);
        Assert.Contains("10 days (amber within 5 days)", Cell(page, "journey.length-in-care", "target"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Get_Scorecard_WhenAnEarlierPeriodWasFrozen_TheTrendShowsTheFrozenFigure()
    {
        var (day, from, to) = OwnPeriod();
        await TestData.CreateChildInCareAroundAsync(App, day, App.Users.SocialWorkerId);
        var previous = new Core.Measures.MeasurePeriod(from, to).Previous();
        var frozenLine = new ScorecardLine("journey.started", "Children who came into care", "As frozen", "children", 1, 1,
            MeasureDirection.NoDirection, 777, 777, 0, null, null, RagRating.None, "src/CoParent.Core/Measures/CareJourneyMeasures.cs");
        await App.WithDbAsync(async db =>
        {
            db.ScorecardSnapshots.Add(new ScorecardSnapshot
            {
                PeriodFrom = previous.From, PeriodTo = previous.To, Revision = 1, Reason = "Period ended", TakenBy = "test",
                TakenAtUtc = CoParentApp.Now.UtcDateTime, Json = JsonSerializer.Serialize(new List<ScorecardLine> { frozenLine }, StrategyDocument.Json),
            });
            await db.SaveChangesAsync();
        });

        var page = await OpenAsync(TestUsers.Manager, "/scorecard?" + Query(from, to));

        var rows = page.QuerySelectorAll("#trend-journey\\.started tbody tr").Select(r => r.TextContent.Squash()).ToList();
        Assert.Equal(5, rows.Count);
        Assert.EndsWith("(frozen) 777", rows[3], StringComparison.Ordinal);
        Assert.EndsWith($"{to.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} 1", rows[4], StringComparison.Ordinal);
        Assert.Equal("1", page.QuerySelector("#measure-journey\\.started [data-value]")?.TextContent.Trim());
    }

    [SkippableFact]
    public async Task Get_Scorecard_ShowsTheNewestEnglandAndStatisticalNeighbourFigures()
    {
        await App.WithDbAsync(async db =>
        {
            db.ComparisonFigures.AddRange(
                new ComparisonFigure { MeasureId = "journey.length-when-left", Area = ComparisonFigure.England, AcademicYear = 2089, Value = 300, Source = "Test" },
                new ComparisonFigure { MeasureId = "journey.length-when-left", Area = ComparisonFigure.England, AcademicYear = 2090, Value = 312.5m, Source = "Test" },
                new ComparisonFigure { MeasureId = "journey.length-when-left", Area = ComparisonFigure.StatisticalNeighbours, AcademicYear = 2090, Value = 290, Source = "Test" });
            await db.SaveChangesAsync();
        });

        var page = await OpenAsync(TestUsers.Councillor, "/scorecard");

        Assert.Equal("England: 312.5 days (2090-91)", page.QuerySelector("#measure-journey\\.length-when-left [data-england]")?.TextContent.Squash());
        Assert.Equal("Statistical neighbours: 290 days (2090-91)", page.QuerySelector("#measure-journey\\.length-when-left [data-neighbours]")?.TextContent.Squash());
    }

    [SkippableFact]
    public async Task Get_Scorecard_ShowsTheActionsLinkedToAMeasureAndCountsEachOutcomesActions()
    {
        var title = TestData.UniqueFamilyName("Action") + " family time review";
        await App.WithDbAsync(async db =>
        {
            db.DeliveryActions.Add(new DeliveryAction
            {
                Outcome = 1, Title = title, Owner = "Head of service", Status = ActionStatus.AtRisk, MeasureId = "journey.ceased",
                CreatedAtUtc = CoParentApp.Now.UtcDateTime, UpdatedAtUtc = CoParentApp.Now.UtcDateTime,
            });
            await db.SaveChangesAsync();
        });

        var page = await OpenAsync(TestUsers.Councillor, "/scorecard");

        Assert.Contains($"{title} At risk", Cell(page, "journey.ceased", "actions"), StringComparison.Ordinal);
        Assert.Contains("at risk", page.GetElementById("outcome-1-actions")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/delivery-plans?outcome=1", page.QuerySelector("#outcome-1-actions a")?.GetAttribute("href"));
    }

    [SkippableFact]
    public async Task Get_Scorecard_AsCouncillor_ShowsCForACountOfThreeAndNoWayToTheChildren()
    {
        var (day, from, to) = OwnPeriod();
        var family = TestData.UniqueFamilyName("Scorecard");
        for (var i = 0; i < 3; i++) await TestData.CreateChildInCareAroundAsync(App, day, App.Users.SocialWorkerId, familyName: family);
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        var html = await client.GetStringAsync("/scorecard?" + Query(from, to));
        var page = new HtmlParser().ParseDocument(html);

        Assert.Equal("c", page.QuerySelector("#measure-journey\\.started [data-value]")?.TextContent.Trim());
        Assert.Equal("c", page.QuerySelectorAll("#trend-journey\\.started tbody tr td")[^1].TextContent.Trim());
        Assert.DoesNotContain("/dashboard/children", html, StringComparison.Ordinal);
        Assert.DoesNotContain(family, html, StringComparison.Ordinal);
    }

    // A frozen period is read from its snapshot (the page shows 5, as frozen, not the 1 child the records now give), and
    // the way to the children says they are as the records stand today.
    [SkippableFact]
    public async Task Get_Scorecard_ForAFrozenPeriod_ShowsTheFrozenFigureAndSaysTheChildrenAreAsTheyStandToday()
    {
        var (day, from, to) = OwnPeriod();
        await TestData.CreateChildInCareAroundAsync(App, day, App.Users.SocialWorkerId);
        var frozenLine = new ScorecardLine("journey.started", "Children who came into care", "As frozen", "children", 1, 1,
            MeasureDirection.NoDirection, 5, 5, 0, null, null, RagRating.None, "src/CoParent.Core/Measures/CareJourneyMeasures.cs");
        await App.WithDbAsync(db => Web.Features.Snapshots.ScorecardSnapshots.SaveAsync(db, new Core.Measures.MeasurePeriod(from, to), [frozenLine],
            "Period ended", "test", CoParentApp.Now.UtcDateTime));

        var page = await OpenAsync(TestUsers.Manager, "/scorecard?" + Query(from, to));

        Assert.Equal("5", page.QuerySelector("#measure-journey\\.started [data-value]")?.TextContent.Trim());
        Assert.StartsWith("See the children as the records stand today", page.QuerySelector("#measure-journey\\.started [data-column=figure] a")?.TextContent.Trim());
    }

    [SkippableFact]
    public async Task Get_Scorecard_AsManager_LinksEachFigureToItsChildrenAndEachMeasureToItsDefinition()
    {
        var (day, from, to) = OwnPeriod();
        for (var i = 0; i < 3; i++) await TestData.CreateChildInCareAroundAsync(App, day, App.Users.SocialWorkerId);

        var page = await OpenAsync(TestUsers.Manager, "/scorecard?" + Query(from, to));

        Assert.Equal("3", page.QuerySelector("#measure-journey\\.started [data-value]")?.TextContent.Trim());
        Assert.Equal($"/dashboard/children?measure=journey.started&from={Iso(from)}&to={Iso(to)}",
            page.QuerySelector("#measure-journey\\.started [data-column=figure] a")?.GetAttribute("href"));
        Assert.Equal("/strategy/measures/journey.started", page.QuerySelector("#measure-journey\\.started [data-column=measure] a")?.GetAttribute("href"));
    }

    [SkippableFact]
    public async Task Get_ScorecardCsv_HasThePagesColumnsAndTheSameSuppression()
    {
        var (day, from, to) = OwnPeriod();
        for (var i = 0; i < 3; i++) await TestData.CreateChildInCareAroundAsync(App, day, App.Users.SocialWorkerId);
        var url = "/scorecard?" + Query(from, to) + "&format=csv";

        var manager = await (await App.SignedInClientAsync(TestUsers.Manager)).GetAsync(url);
        var councillor = await (await App.SignedInClientAsync(TestUsers.Councillor)).GetStringAsync(url);

        Assert.Equal("text/csv", manager.Content.Headers.ContentType?.MediaType);
        var lines = (await manager.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
        Assert.StartsWith("Priority,Outcome,Pledge promise,Measure id,Measure,Figure,Worked out from,Target,Rating,Trend: ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",England,Statistical neighbours,Related actions", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",journey.started,Children who came into care,3,", StringComparison.Ordinal));
        Assert.Contains(councillor.Split("\r\n"), l => l.Contains(",journey.started,Children who came into care,c,", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Get_ScorecardXlsx_IsASpreadsheet()
    {
        var response = await (await App.SignedInClientAsync(TestUsers.Councillor)).GetAsync("/scorecard?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..2]);
    }

    [SkippableFact]
    public async Task Get_ScorecardPrint_ForAManager_IsMarkedOfficialSensitiveWithNoNavigationOrForms()
    {
        var page = await OpenAsync(TestUsers.Manager, "/scorecard/print?Period=q-2026-04");

        Assert.Equal("Official - sensitive", page.GetElementById("marking")?.TextContent.Trim());
        Assert.Equal("Panel scorecard: 1 April 2026 to 30 June 2026", page.QuerySelector("h1")?.TextContent.Squash());
        Assert.Null(page.QuerySelector(".govuk-service-navigation"));
        Assert.Empty(page.QuerySelectorAll("form, button, details"));
        Assert.Contains("/css/print.css", page.QuerySelectorAll("link").Select(l => l.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector("#trend-journey\\.started"));
    }

    [SkippableFact]
    public async Task Get_ScorecardPrint_ForACouncillor_HasNoSensitiveMarking()
    {
        var page = await OpenAsync(TestUsers.Councillor, "/scorecard/print");

        Assert.Null(page.GetElementById("marking"));
        Assert.Contains("1 July 2026 to 30 September 2026", page.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Get_Scorecard_WithTheEndBeforeTheStart_Returns400NamingTheField()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.GetAsync("/scorecard?" + Query(new DateOnly(2026, 6, 30), new DateOnly(2026, 4, 1)));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Html.ErrorSummary(page), e => e.Href == "#To" && e.Message.Contains("on or after", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Get_Scorecard_AsDesignatedTeacher_ReturnsForbidden()
    {
        var client = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        Html.AssertForbidden(await client.GetAsync("/scorecard"));
        Html.AssertForbidden(await client.GetAsync("/scorecard/print"));
    }

    [SkippableFact]
    public async Task GetApi_Scorecard_GivesTrendAndSuppressesForCouncillors()
    {
        var (day, from, to) = OwnPeriod();
        for (var i = 0; i < 3; i++) await TestData.CreateChildInCareAroundAsync(App, day, App.Users.SocialWorkerId);
        var url = $"/api/scorecard?from={Iso(from)}&to={Iso(to)}";

        var manager = await (await App.SignedInClientAsync(TestUsers.Manager)).GetFromJsonAsync<JsonElement>(url);
        var councillor = await (await App.SignedInClientAsync(TestUsers.Councillor)).GetFromJsonAsync<JsonElement>(url);

        static JsonElement Started(JsonElement body) => body.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("id").GetString() == "journey.started");
        Assert.Equal(3, Started(manager).GetProperty("value").GetDecimal());
        Assert.Equal(1, Started(manager).GetProperty("outcome").GetInt32());
        Assert.Equal(5, Started(manager).GetProperty("trend").GetArrayLength());
        Assert.Equal(3, Started(manager).GetProperty("trend")[4].GetProperty("value").GetDecimal());
        Assert.Equal("c", Started(councillor).GetProperty("value").GetString());
        Assert.Equal("c", Started(councillor).GetProperty("trend")[4].GetProperty("value").GetString());
    }

    [SkippableFact]
    public async Task GetApi_Scorecard_WithABadDate_ReturnsAValidationProblem()
    {
        var response = await (await App.SignedInClientAsync(TestUsers.Manager)).GetAsync("/api/scorecard?from=2026-02-30&to=2026-03-31");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"from\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ScorecardTests_Sqlite(SqliteApp app) : ScorecardTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ScorecardTests_Postgres(PostgresApp app) : ScorecardTests(app);
