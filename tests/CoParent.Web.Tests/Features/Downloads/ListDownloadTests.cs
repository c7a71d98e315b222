using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Downloads;

/// <summary>
/// Every list's "Download CSV" and "Download XLSX": the rows the page shows that person (all pages of them), the
/// columns it shows, and an audit entry like the page's. The writer's own rules (formulas defused, numbers kept) are
/// TableDownloadTests'.
/// </summary>
public abstract class ListDownloadTests(CoParentApp app) : IntegrationTest(app)
{
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<string> CsvAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
    }

    /// <summary>
    /// A client on a second copy of the app: the lists for people who see every child share a one-minute calculation,
    /// which a download here must not fill before another test class adds its child.
    /// </summary>
    private async Task<(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Host, HttpClient Client)> SeparateClientAsync(string userName)
    {
        var host = Security.SecurityHost.Create(App);
        var client = Security.SecurityHost.CreateBrowserlessClient(host);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(userName)).StatusCode);
        return (host, client);
    }

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    [SkippableFact]
    public async Task GetRegisterCsv_AsSocialWorker_HasTheirChildrenOnlyWithThePagesColumns()
    {
        var family = Unique("Dlreg");
        var mine = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, familyName: family, givenName: "Mina");
        await TestData.CreateChildInCareAsync(App, App.Users.OtherSocialWorkerId, familyName: family, givenName: "Otto");
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var csv = await CsvAsync(client, $"/children?q={family}&format=csv");
        var page = await client.GetStringAsync($"/children?q={family}");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Name,Person ID,Age,Legal status,Placement,Placed since,Team", lines[0]);
        Assert.Single(lines[1..]);
        Assert.StartsWith($"Mina {family},{mine.PersonId},", lines[1], StringComparison.Ordinal);
        Assert.Contains($"Mina {family}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Otto", page, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task GetRegisterCsv_AsManager_HasEveryMatchingChildAndOneAuditEntryWithTheCountAndNoNames()
    {
        var family = Unique("Dlall");
        await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, familyName: family, givenName: "Mina");
        await TestData.CreateChildInCareAsync(App, App.Users.OtherSocialWorkerId, familyName: family, givenName: "Otto");
        var client = await App.SignedInClientAsync(TestUsers.Manager);
        var before = DateTime.UtcNow.AddMinutes(-1);

        var csv = await CsvAsync(client, $"/children?q={family}&format=csv");

        Assert.Equal(3, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        var entry = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == "children.download" && a.UserName == TestUsers.Manager)
            .OrderByDescending(a => a.Id).FirstAsync());
        Assert.Null(entry.ChildId);
        Assert.Contains("2 children", entry.Channel, StringComparison.Ordinal);
        Assert.DoesNotContain(family, entry.Channel, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task GetRegisterXlsx_AsManager_ReturnsASpreadsheet()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.GetAsync("/children?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    [SkippableFact]
    public async Task GetRegister_ShowsDownloadLinksKeepingTheFilters()
    {
        var family = Unique("Dllink");
        await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, familyName: family);
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync($"/children?q={family}&team="));

        var links = document.QuerySelectorAll("#downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/children?q={family}&team=&format=csv", $"/children?q={family}&team=&format=xlsx"], links);
    }

    [SkippableFact]
    public async Task GetRegisterCsv_AsCouncillor_IsForbiddenSoNoNamesLeave()
    {
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        Html.AssertForbidden(await client.GetAsync("/children?format=csv"));
        Html.AssertForbidden(await client.GetAsync("/reviews?format=csv"));
        Html.AssertForbidden(await client.GetAsync("/dashboard/children?measure=journey.started&from=2026-01-01&to=2026-03-31&format=csv"));
    }

    [SkippableFact]
    public async Task GetDrillDownCsv_AsSocialWorker_ListsTheChildrenTheyMaySee()
    {
        var date = TestData.UniquePastDate();
        var family = Unique("Dldrill");
        var mine = await TestData.CreateChildInCareAroundAsync(App, date, App.Users.SocialWorkerId, familyName: family);
        await TestData.CreateChildInCareAroundAsync(App, date, App.Users.OtherSocialWorkerId, familyName: "Dlother" + family);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var csv = await CsvAsync(client, $"/dashboard/children?measure=journey.started&from={Iso(date.AddDays(-20))}&to={Iso(date)}&format=csv");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Name,Person ID,Date of birth", lines[0]);
        Assert.Contains(lines, l => l.Contains(mine.PersonId, StringComparison.Ordinal));
        Assert.DoesNotContain("Dlother", csv, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task GetOutcomesCsv_AsCouncillor_IsSuppressedAsThePageShowsIt()
    {
        var date = TestData.UniquePastDate();
        await TestData.CreateChildInCareAroundAsync(App, date, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.Councillor);
        var query = $"From.Day={date.AddDays(-20).Day}&From.Month={date.AddDays(-20).Month}&From.Year={date.AddDays(-20).Year}&To.Day={date.Day}&To.Month={date.Month}&To.Year={date.Year}";

        var csv = await CsvAsync(client, $"/outcomes?{query}&format=csv");
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/outcomes?{query}"));

        var started = page.QuerySelector("#measure-journey\\.started th")!.ChildNodes[0].TextContent.Trim();
        Assert.Contains($"{started},c,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("/dashboard/children", csv, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("/health", TestUsers.SocialWorker)]
    [InlineData("/health", TestUsers.Manager)]
    [InlineData("/life-stories", TestUsers.SocialWorker)]
    [InlineData("/life-stories", TestUsers.Manager)]
    [InlineData("/have-your-say/invitations", TestUsers.SocialWorker)]
    [InlineData("/have-your-say/invitations", TestUsers.Manager)]
    [InlineData("/missing", TestUsers.SocialWorker)]
    [InlineData("/missing", TestUsers.Manager)]
    public async Task GetListCsv_StartsWithTheChildrenThePageShows(string url, string userName)
    {
        var (host, client) = await SeparateClientAsync(userName);
        using var _ = host;

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(url));
        var csv = await CsvAsync(client, url + "?format=csv");

        // The page shows its first page (the missing list its two tables, one after the other); the file has every row in that order.
        var shown = page.QuerySelectorAll("table.govuk-table tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..];
        var childColumn = url == "/missing" ? 1 : 0;
        Assert.True(lines.Length >= shown.Count);
        Assert.Equal(shown, lines.Take(shown.Count).Select(l => l.Split(',')[childColumn].Trim('"')).ToList());
    }

    [SkippableFact]
    public async Task GetReviewsCsv_AsSocialWorkerAndManager_HasTheRowsThePageShows()
    {
        var social = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var (host, manager) = await SeparateClientAsync(TestUsers.Manager);
        using var _ = host;

        foreach (var client in new[] { social, manager })
        {
            var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/reviews"));
            var csv = await CsvAsync(client, "/reviews?format=csv");

            var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("Child,Due by,Status,Independent reviewing officer", lines[0]);
            var shown = page.QuerySelectorAll("tr.review-due").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
            // The page shows the first page; the file has every row, starting with the same ones.
            Assert.Equal(shown, lines[1..].Take(shown.Count).Select(l => l.Split(',')[0].Trim('"')).ToList());
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ListDownloadTests_Sqlite(SqliteApp app) : ListDownloadTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ListDownloadTests_Postgres(PostgresApp app) : ListDownloadTests(app);
