using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CoParent.Core.Measures;
using CoParent.Data;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Tests.Infrastructure;
using CoParent.Web.Tests.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Web.Tests.Features.VirtualSchool;

/// <summary>
/// The Virtual School Head's page, over a test source of figures (the other parts of the Virtual School register
/// theirs at merge): a small count and a large one, and a section the page must leave out.
/// </summary>
public abstract class HeadPageTests(CoParentApp app) : IntegrationTest(app)
{
    // The last complete quarter on the test clock (23 November 2026), the page's default.
    private const string DefaultPeriod = "from=2026-07-01&to=2026-09-30";

    private WebApplicationFactory<Program> Host() => SecurityHost.Create(App, configure: builder => builder.ConfigureTestServices(services =>
    {
        services.AddScoped<IOutcomeMeasures, TestVirtualSchoolMeasures>();
        services.AddScoped<IOutcomeMeasures, TestOtherMeasures>();
    }));

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> host, string userName)
    {
        var client = host.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(userName)).StatusCode);
        return client;
    }

    [SkippableFact]
    public async Task Get_HeadPage_AsVirtualSchoolHead_ShowsTheVirtualSchoolFiguresWithLinksToTheChildren()
    {
        using var host = Host();
        var client = await SignedInAsync(host, TestUsers.VirtualSchoolHead);

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/virtual-school"));

        Assert.Equal("How our children are doing at school", document.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(document.GetElementById("section-virtual-school-test"));
        Assert.Null(document.GetElementById("section-not-the-virtual-school"));
        Assert.Equal("30%", document.QuerySelector("#measure-vs\\.test\\.small td")?.TextContent.Trim());
        Assert.StartsWith("3 of 10", document.QuerySelectorAll("#measure-vs\\.test\\.small td")[1].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains($"/dashboard/children?measure=vs.test.small&{DefaultPeriod}",
            document.QuerySelectorAll("#measure-vs\\.test\\.small a").Select(a => a.GetAttribute("href")));
        Assert.Contains("How this is worked out", document.QuerySelector("#measure-vs\\.test\\.small details")?.TextContent);
    }

    [SkippableFact]
    public async Task Get_HeadPage_AsCouncillor_SuppressesSmallNumbersAndHasNoLinksToChildren()
    {
        using var host = Host();
        var client = await SignedInAsync(host, TestUsers.Councillor);

        var html = await client.GetStringAsync("/virtual-school");
        var document = new HtmlParser().ParseDocument(html);

        // 3 of 10 is a count from 1 to 5: the percentage built on it is suppressed too. 40 of 50 is shown.
        Assert.Equal("c", document.QuerySelector("#measure-vs\\.test\\.small td")?.TextContent.Trim());
        Assert.Equal("80%", document.QuerySelector("#measure-vs\\.test\\.large td")?.TextContent.Trim());
        Assert.DoesNotContain("/dashboard/children", html);
    }

    [SkippableFact]
    public async Task Get_HeadPageDownload_AsCouncillor_IsSuppressedExactlyAsShown()
    {
        using var host = Host();
        var client = await SignedInAsync(host, TestUsers.Councillor);

        var csv = await client.GetStringAsync("/virtual-school?format=csv");

        Assert.Contains("Virtual School: test,Small test figure,c,", csv, StringComparison.Ordinal);
        Assert.Contains("Virtual School: test,Large test figure,80%,40 of 50", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Not the Virtual School", csv, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(TestUsers.DesignatedTeacher)]
    [InlineData(TestUsers.SocialWorker)]
    [InlineData(TestUsers.Administrator)]
    public async Task Get_HeadPage_AsSomeoneOutsideTheVirtualSchoolsLeadership_IsForbidden(string userName)
    {
        using var host = Host();
        var client = await SignedInAsync(host, userName);

        Html.AssertForbidden(await client.GetAsync("/virtual-school"));
        Html.AssertForbidden(await client.GetAsync("/api/virtual-school"));
    }

    [SkippableFact]
    public async Task GetApi_AsCouncillor_GivesOnlyTheVirtualSchoolSectionsSuppressed()
    {
        using var host = Host();
        var client = await SignedInAsync(host, TestUsers.Councillor);

        var body = await client.GetFromJsonAsync<JsonElement>($"/api/virtual-school?{DefaultPeriod}");

        var sections = body.GetProperty("sections").EnumerateArray().ToList();
        Assert.All(sections, s => Assert.StartsWith("Virtual School", s.GetProperty("title").GetString(), StringComparison.Ordinal));
        var section = Assert.Single(sections, s => s.GetProperty("title").GetString() == "Virtual School: test");
        var small = section.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "vs.test.small");
        Assert.Equal("c", small.GetProperty("value").GetString());
    }

    [SkippableFact]
    public async Task GetApi_WithTheEndBeforeTheStart_ReturnsAValidationProblem()
    {
        using var host = Host();
        var client = await SignedInAsync(host, TestUsers.VirtualSchoolOfficer);

        var response = await client.GetAsync("/api/virtual-school?from=2026-09-30&to=2026-07-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"to\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed class TestVirtualSchoolMeasures : IOutcomeMeasures
    {
        public string Section => "Virtual School: test";
        public IReadOnlyList<int> Outcomes { get; } = [6];

        public Task<IReadOnlyList<MeasureResult>> CalculateAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<MeasureResult>>(
            [
                new("vs.test.small", "Small test figure", "A test figure with a small numerator.", 30m, 3, 10, MeasureUnits.Percent, [1, 2, 3]),
                new("vs.test.large", "Large test figure", "A test figure with a large numerator.", 80m, 40, 50, MeasureUnits.Percent, [.. Enumerable.Range(1, 40)]),
            ]);
    }

    private sealed class TestOtherMeasures : IOutcomeMeasures
    {
        public string Section => "Not the Virtual School";
        public IReadOnlyList<int> Outcomes { get; } = [6];

        public Task<IReadOnlyList<MeasureResult>> CalculateAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<MeasureResult>>([new("other.test", "Another figure", "Not the Virtual School's.", 12m, 12, 0, MeasureUnits.Children, [])]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HeadPageTests_Sqlite(SqliteApp app) : HeadPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HeadPageTests_Postgres(PostgresApp app) : HeadPageTests(app);
