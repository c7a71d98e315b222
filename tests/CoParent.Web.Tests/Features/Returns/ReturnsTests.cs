using System.IO.Compression;
using System.Net;
using System.Text;
using CoParent.Core.Ssda903.Returns;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Returns;

public abstract class ReturnsTests(CoParentApp app) : IntegrationTest(app)
{
    [SkippableFact]
    public async Task Get_Returns_ChildBreakingRules_ListsEachRuleWithLinksToTheChildAndTheField()
    {
        var child = await TestData.CreateChildBreakingReturnRulesAsync(App);
        TestData.ForgetReturnCheck(App, 2027);
        using var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.GetAsync("/returns?year=2027");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sex = page.QuerySelector("#rule-101")!;
        Assert.Contains("The child or young person’s reported sex is not valid.", sex.TextContent);
        var sexRow = sex.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(child.PersonId, StringComparison.Ordinal));
        Assert.Equal($"/children/{child.Id}", sexRow.QuerySelector("td a")!.GetAttribute("href"));
        Assert.Contains(sexRow.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/children/{child.Id}/edit#Input_Sex");
        var rne = page.QuerySelector("#rule-143")!;
        var rneRow = rne.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(child.PersonId, StringComparison.Ordinal));
        Assert.Contains(rneRow.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/children/{child.Id}/timeline");
    }

    [SkippableFact]
    public async Task Get_Returns_ShowsTheSummaryAndAuditsOneRead()
    {
        using var client = await App.SignedInClientAsync(TestUsers.Manager);
        var before = await App.WithDbAsync(db => db.AuditEntries.MaxAsync(a => (long?)a.Id)) ?? 0;

        var page = await Html.ParseAsync(await client.GetAsync("/returns?year=2026"));

        Assert.Contains("2025/26", page.QuerySelector("h1")!.ParentElement!.TextContent);
        Assert.Equal(TableSchemas.ForYear(2026).Count(), page.QuerySelectorAll("#rows-per-table tbody tr").Length);
        Assert.NotNull(page.QuerySelector("#rules-run"));
        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Id > before && a.UserId == App.Users.ManagerId).ToListAsync());
        var read = Assert.Single(audit, a => a.Action == "ssda903.validation.read");
        Assert.Null(read.ChildId);
    }

    [SkippableFact]
    public async Task Get_Download_ReturnsAZipOfTheTwelveDfeFiles()
    {
        await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, since: new DateOnly(2026, 5, 1));
        using var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.GetAsync("/returns/2027/download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "ssda903.export" && a.UserId == App.Users.ManagerId)));
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        Assert.Equal(
            ["header.csv", "episodes.csv", "uasc.csv", "reviews.csv", "oc2.csv", "oc3.csv", "ad1.csv", "placed_for_adoption.csv",
             "previous_permanence.csv", "missing.csv", "sw_episodes.csv", "DoLo.csv"],
            zip.Entries.Select(e => e.FullName));
        using var header = new StreamReader(zip.GetEntry("header.csv")!.Open());
        Assert.Equal("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB", await header.ReadLineAsync());
    }

    [SkippableFact]
    public async Task Post_Upload_SmallValidReturn_ImportsItAndTheJobPageSaysImported()
    {
        var (ret, files) = TestData.SmallReturn(seed: 9031);
        using var client = await App.SignedInClientAsync(TestUsers.Manager);
        var lastAudit = await App.WithDbAsync(db => db.AuditEntries.MaxAsync(a => (long?)a.Id)) ?? 0;

        var response = await TestData.UploadReturnAsync(client, 2027, files);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var jobUrl = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/returns/imports/", jobUrl);
        var html = await TestData.WaitForImportAsync(client, jobUrl);

        Assert.Contains("Return imported", html);
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Id > lastAudit && a.Action == "ssda903.upload" && a.UserId == App.Users.ManagerId)));
        var ids = ret.Children.Keys.ToList();
        var stored = await App.WithDbAsync(db => db.Children.CountAsync(c => ids.Contains(c.PersonId)));
        Assert.Equal(ids.Count, stored);
    }

    [SkippableFact]
    public async Task Get_ImportPage_WhileAnotherImportRuns_ShowsItWaitingAndRefreshesUntilStopped()
    {
        using var client = await App.SignedInClientAsync(TestUsers.Manager);
        // The page can only be seen waiting while the other import still runs, and a 500-child import on a fast or idle
        // machine can finish before the page is asked for: try a fresh pair until one is caught waiting (almost always the first).
        HttpResponseMessage busy, running;
        string jobUrl;
        var attempt = 0;
        do
        {
            busy = await TestData.UploadReturnAsync(client, 2027, TestData.SmallReturn(seed: 9033 + 2 * attempt, children: 500).Files);
            var queued = await TestData.UploadReturnAsync(client, 2027, TestData.SmallReturn(seed: 9034 + 2 * attempt, children: 5).Files);
            jobUrl = queued.Headers.Location!.OriginalString;
            running = await client.GetAsync(jobUrl);
        }
        while (!(await running.Content.ReadAsStringAsync()).Contains("Waiting for another import to finish", StringComparison.Ordinal) && ++attempt < 5);
        var stopped = await client.GetAsync(jobUrl + "?refresh=off");

        var page = await Html.ParseAsync(running);
        Assert.Equal("2", string.Join("", running.Headers.GetValues("Refresh")));
        Assert.Equal("Waiting for another import to finish", page.QuerySelector("#import-stage")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"a[href='{jobUrl}?refresh=off']"));
        Assert.False(stopped.Headers.Contains("Refresh"));
        Assert.Contains("Return imported", await TestData.WaitForImportAsync(client, busy.Headers.Location!.OriginalString));
        Assert.Contains("Return imported", await TestData.WaitForImportAsync(client, jobUrl));
    }

    [SkippableFact]
    public async Task Get_ImportPage_ForAnImportNotKept_AnswersGone()
    {
        using var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.GetAsync($"/returns/imports/{Guid.NewGuid():N}");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("We cannot find this import", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Post_Upload_BrokenFile_ShowsTheProblemWithFileRowAndColumn_AndWritesNothing()
    {
        var first = "ZB" + Random.Shared.Next(10_000_000, 99_999_999);
        var second = "ZC" + Random.Shared.Next(10_000_000, 99_999_999);
        var header = Encoding.UTF8.GetBytes(
            "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n" +
            $"{first},1,01/01/2012,WBRI,UN1,,\r\n" +
            $"{second},2,01/01/2013,WBRI,{new string('A', 1001)},,\r\n");
        using var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await TestData.UploadReturnAsync(client, 2027, [("header.csv", header)]);
        var html = await TestData.WaitForImportAsync(client, response.Headers.Location!.OriginalString);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.Contains("The return was not imported", page.QuerySelector("#import-outcome")!.TextContent);
        var cells = page.QuerySelectorAll("#import-problems tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Contains(cells, c => c[0] == "header.csv" && c[1] == "2" && c[2] == "UPN");
        var written = await App.WithDbAsync(db => db.Children.CountAsync(c => c.PersonId == first || c.PersonId == second));
        Assert.Equal(0, written);
    }

    [SkippableFact]
    public async Task Post_Upload_WithNoFiles_AsksForThem()
    {
        using var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await TestData.UploadReturnAsync(client, 2027, []);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#Files", "Select the return's files"), Html.ErrorSummary(page));
    }

    [SkippableTheory]
    [InlineData("/returns")]
    [InlineData("/returns/2027/download")]
    [InlineData("/returns/upload")]
    public async Task Get_ReturnsPages_AsSocialWorker_AreForbidden(string url)
    {
        using var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task Get_Layout_ShowsReturnsLinkToManagersOnly()
    {
        using var manager = await App.SignedInClientAsync(TestUsers.Manager);
        using var worker = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var managerPage = await Html.ParseAsync(await manager.GetAsync("/"));
        var workerPage = await Html.ParseAsync(await worker.GetAsync("/"));

        Assert.NotNull(managerPage.QuerySelector("#navigation a[href='/returns']"));
        Assert.Null(workerPage.QuerySelector("#navigation a[href='/returns']"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReturnsTests_Sqlite(SqliteApp app) : ReturnsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReturnsTests_Postgres(PostgresApp app) : ReturnsTests(app);
