using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CoParent.Web.Tests.Features.Dashboard;
using CoParent.Web.Tests.Infrastructure;

namespace CoParent.Web.Tests.Features.Outcomes;

public abstract class OutcomesTests(CoParentApp app) : IntegrationTest(app)
{
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string OutcomesUrl(DateOnly from, DateOnly to) =>
        $"/outcomes?From.Day={from.Day}&From.Month={from.Month}&From.Year={from.Year}&To.Day={to.Day}&To.Month={to.Month}&To.Year={to.Year}";

    [SkippableFact]
    public async Task Get_Outcomes_ForAPeriod_CountsTheChildWhoCameIntoCareAndLeft()
    {
        // The child is in care from 14 days before the date to 14 days after: in a period of 20 days either
        // side, one child came in and left, after 28 days.
        var date = TestData.UniquePastDate();
        await TestData.CreateChildInCareAroundAsync(App, date, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(OutcomesUrl(date.AddDays(-20), date.AddDays(20))));

        Assert.Equal("Our Outcomes", document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("1", document.QuerySelector("#measure-journey\\.started td")?.TextContent.Trim());
        Assert.Equal("1", document.QuerySelector("#measure-journey\\.ceased td")?.TextContent.Trim());
        Assert.Equal("28 days", document.QuerySelector("#measure-journey\\.length-when-left td")?.TextContent.Trim());
        Assert.Contains($"/dashboard/children?measure=journey.started&from={Iso(date.AddDays(-20))}&to={Iso(date.AddDays(20))}",
            document.QuerySelectorAll("#measure-journey\\.started a").Select(a => a.GetAttribute("href")));
    }

    [SkippableFact]
    public async Task Get_DrillDownForAPeriod_ListsTheChildrenTheWorkerMaySee()
    {
        var date = TestData.UniquePastDate();
        var mine = await TestData.CreateChildInCareAroundAsync(App, date, App.Users.SocialWorkerId, familyName: "Outcomeown");
        await TestData.CreateChildInCareAroundAsync(App, date, App.Users.OtherSocialWorkerId, familyName: "Outcomeother");
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var html = await client.GetStringAsync(
            $"/dashboard/children?measure=journey.started&from={Iso(date.AddDays(-20))}&to={Iso(date)}");

        Assert.Contains($"/children/{mine.Id}", html);
        Assert.DoesNotContain("Outcomeother", html);
        Assert.Contains("2 children, of whom you can see 1", new HtmlParser().ParseDocument(html).GetElementById("visible-summary")!.TextContent.Squash());
    }

    [SkippableFact]
    public async Task Get_Outcomes_AsCouncillor_SuppressesSmallNumbersAndHasNoLinksToChildren()
    {
        var date = TestData.UniquePastDate();
        await TestData.CreateChildInCareAroundAsync(App, date, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        var html = await client.GetStringAsync(OutcomesUrl(date.AddDays(-20), date));
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal("c", document.QuerySelector("#measure-journey\\.started td")?.TextContent.Trim());
        Assert.DoesNotContain("/dashboard/children", html);
    }

    [SkippableFact]
    public async Task Get_Outcomes_WithTheEndBeforeTheStart_Returns400NamingTheField()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.GetAsync(OutcomesUrl(new DateOnly(2026, 6, 30), new DateOnly(2026, 4, 1)));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Html.ErrorSummary(document), e => e.Href == "#To" && e.Message.Contains("on or after", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Get_Outcomes_WithoutDates_ShowsTheLastCompleteQuarter()
    {
        // The test clock is 23 November 2026: the last complete quarter is July to September.
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/outcomes"));

        Assert.Equal("Figures for 1 July 2026 to 30 September 2026.", document.GetElementById("period-shown")?.TextContent.Squash());
    }

    [SkippableFact]
    public async Task GetApi_ForAPeriod_GivesEverySectionAndSuppressesForCouncillors()
    {
        var date = TestData.UniquePastDate();
        await TestData.CreateChildInCareAroundAsync(App, date, App.Users.SocialWorkerId);
        var url = $"/api/outcomes?from={Iso(date.AddDays(-20))}&to={Iso(date)}";

        var manager = await (await App.SignedInClientAsync(TestUsers.Manager)).GetFromJsonAsync<JsonElement>(url);
        var councillor = await (await App.SignedInClientAsync(TestUsers.Councillor)).GetFromJsonAsync<JsonElement>(url);

        static JsonElement Started(JsonElement body) => body.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("measures").EnumerateArray()).Single(m => m.GetProperty("id").GetString() == "journey.started");
        Assert.Equal(1, Started(manager).GetProperty("value").GetDecimal());
        Assert.Equal("c", Started(councillor).GetProperty("value").GetString());
    }

    [SkippableFact]
    public async Task GetApi_WithABadDate_ReturnsAValidationProblem()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.GetAsync("/api/outcomes?from=2026-02-30&to=2026-03-31");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"from\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OutcomesTests_Sqlite(SqliteApp app) : OutcomesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OutcomesTests_Postgres(PostgresApp app) : OutcomesTests(app);
