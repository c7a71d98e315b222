using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using CoParent.Core.Access;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Dashboard;

public abstract class DashboardTests(CoParentApp app) : IntegrationTest(app)
{
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string DashboardUrl(DateOnly date) =>
        $"/dashboard?AsAt.Day={date.Day}&AsAt.Month={date.Month}&AsAt.Year={date.Year}";

    [SkippableTheory]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.TeamManager)]
    [InlineData(Roles.Iro)]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Councillor)]
    [InlineData(Roles.Administrator)]
    public async Task Get_Dashboard_ForEachRole_ShowsTheHeadlineFigures(string role)
    {
        var client = await App.SignedInClientAsync(TestUsers.ByRole[role]);

        var response = await client.GetAsync("/dashboard");
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("About the children in our care", document.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(document.GetElementById("measure-cla.count"));
        Assert.NotNull(document.GetElementById("measure-stability.long-term"));
        Assert.NotNull(document.GetElementById("table-cla.ethnicity"));
        Assert.Contains("How this is worked out", document.GetElementById("measure-cla.count")!.TextContent);
        Assert.Empty(document.QuerySelectorAll("[style]"));
    }

    [SkippableFact]
    public async Task Get_Dashboard_ForADate_CountsTheChildrenInCareThatDay()
    {
        var date = TestData.UniquePastDate();
        await TestData.CreateChildInCareAroundAsync(App, date, App.Users.SocialWorkerId);
        await TestData.CreateChildInCareAroundAsync(App, date, App.Users.OtherSocialWorkerId, place: "K2");
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(DashboardUrl(date)));

        Assert.Equal("2", document.QuerySelector("#measure-cla\\.count .coparent-figure")?.TextContent.Trim());
        Assert.Equal("50%", document.QuerySelector("#measure-cla\\.placement\\.fostered .coparent-figure")?.TextContent.Trim());
        Assert.Contains($"/dashboard/children?measure=cla.count&asAt={Iso(date)}",
            document.QuerySelectorAll("#measure-cla\\.count a").Select(a => a.GetAttribute("href")));
    }

    [SkippableFact]
    public async Task Get_Dashboard_AsCouncillor_SuppressesSmallNumbersAndHasNoLinksToChildren()
    {
        var date = TestData.UniquePastDate();
        await TestData.CreateChildInCareAroundAsync(App, date, App.Users.SocialWorkerId, familyName: "Councillorcannotsee");
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        var html = await client.GetStringAsync(DashboardUrl(date));
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal("c", document.QuerySelector("#measure-cla\\.count .coparent-figure")?.TextContent.Trim());
        Assert.DoesNotContain("Councillorcannotsee", html);
        Assert.DoesNotContain("/dashboard/children", html);
        Assert.DoesNotContain("/children/", html);
    }

    [SkippableFact]
    public async Task Get_Dashboard_WithADateThatDoesNotExist_Returns400WithTheErrorSummary()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.GetAsync("/dashboard?AsAt.Day=30&AsAt.Month=2&AsAt.Year=2026");
        var html = await response.Content.ReadAsStringAsync();
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There is a problem", html);
        Assert.Equal("Enter a real date", document.QuerySelector(".govuk-error-summary a[href='#AsAt_Day']")?.TextContent);
        Assert.NotNull(document.GetElementById("AsAt_Day"));
        Assert.Equal("30", document.GetElementById("AsAt_Day")?.GetAttribute("value"));
    }

    [SkippableFact]
    public async Task Get_DrillDown_AsCouncillor_ReturnsForbidden()
    {
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        var response = await client.GetAsync("/dashboard/children?measure=cla.count&asAt=2026-03-31");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task Get_DrillDown_AsSocialWorker_ListsOnlyTheirOwnChildrenAndAuditsThem()
    {
        var date = TestData.UniquePastDate();
        var mine = await TestData.CreateChildInCareAroundAsync(App, date, App.Users.SocialWorkerId, familyName: "Mychild");
        var theirs = await TestData.CreateChildInCareAroundAsync(App, date, App.Users.OtherSocialWorkerId, familyName: "Notmychild");
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.GetAsync($"/dashboard/children?measure=cla.count&asAt={Iso(date)}");
        var html = await response.Content.ReadAsStringAsync();
        var document = new HtmlParser().ParseDocument(html);
        var audited = await App.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Action == "dashboard.drilldown" && a.UserId == App.Users.SocialWorkerId
                        && (a.ChildId == mine.Id || a.ChildId == theirs.Id))
            .Select(a => a.ChildId).ToListAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2 children, of whom you can see 1.", document.GetElementById("visible-summary")!.TextContent.Replace("\n", " ").Squash());
        Assert.Equal([$"/children/{mine.Id}"], document.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain("Notmychild", html);
        Assert.Equal([mine.Id], audited);
    }

    [SkippableFact]
    public async Task Get_DrillDown_AsManager_ListsEveryChildBehindTheFigure()
    {
        var date = TestData.UniquePastDate();
        var fostered = await TestData.CreateChildInCareAroundAsync(App, date, App.Users.SocialWorkerId);
        await TestData.CreateChildInCareAroundAsync(App, date, App.Users.OtherSocialWorkerId, place: "K2");
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var document = new HtmlParser().ParseDocument(
            await client.GetStringAsync($"/dashboard/children?measure=cla.placement.fostered&asAt={Iso(date)}"));

        Assert.Contains("1 child, of whom you can see 1.", document.GetElementById("visible-summary")!.TextContent.Squash());
        Assert.Equal([$"/children/{fostered.Id}"], document.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")));
    }

    [SkippableFact]
    public async Task Get_DrillDown_ForAMeasureThatDoesNotExist_ReturnsNotFound()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.GetAsync("/dashboard/children?measure=no.such.measure&asAt=2026-03-31");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [SkippableFact]
    public async Task Get_DrillDown_WithABadDate_ReturnsBadRequest()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.GetAsync("/dashboard/children?measure=cla.count&asAt=2026-02-30");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

internal static class TextExtensions
{
    /// <summary>Collapses runs of white space, as a browser shows them.</summary>
    public static string Squash(this string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}

[Collection(SqliteCollection.Name)]
public sealed class DashboardTests_Sqlite(SqliteApp app) : DashboardTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DashboardTests_Postgres(PostgresApp app) : DashboardTests(app);
