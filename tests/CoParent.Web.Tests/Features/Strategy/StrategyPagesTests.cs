using System.Net;
using System.Text;
using CoParent.Core.Strategy;
using CoParent.Data.Strategy;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Strategy;

/// <summary>
/// The strategy pages. The fixture database is shared, so a test that changes the wording puts back the strategy
/// it found (as a further version) before it ends.
/// </summary>
public abstract class StrategyPagesTests(CoParentApp app) : IntegrationTest(app)
{
    [SkippableFact]
    public async Task Get_CouncillorOpensStrategy_ReadsPrioritiesOutcomesPledgeAttributesAndCovenant()
    {
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        var response = await client.GetAsync("/strategy");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var strategy = await CurrentAsync();
        Assert.All(strategy.Priorities, p => Assert.Contains(p.Title, html));
        Assert.All(strategy.Outcomes, o => Assert.Contains($"Outcome {o.Number}: {o.Title}", html));
        Assert.All(strategy.Pledge.SelectMany(p => p.SubPromises), s => Assert.Contains(s.Text, html));
        Assert.All(strategy.Attributes, a => Assert.Contains(a.Text, html));
        Assert.All(strategy.CovenantThemes, c => Assert.Contains(c.Title, html));
        Assert.Contains("href=\"/delivery-plans?outcome=4\"", html);
        Assert.Contains("href=\"/scorecard\"", html);
        Assert.DoesNotContain("/strategy/edit/", html);
    }

    [SkippableFact]
    public async Task Get_AdministratorOpensStrategy_SeesChangeLinks()
    {
        var client = await App.SignedInClientAsync(TestUsers.Administrator);

        var html = await client.GetStringAsync("/strategy");

        Assert.Contains("href=\"/strategy/edit/outcome/4\"", html);
        Assert.Contains("href=\"/strategy/load\"", html);
    }

    [SkippableFact]
    public async Task Get_DesignatedTeacherOpensStrategy_ReturnsForbidden()
    {
        var client = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        var response = await client.GetAsync("/strategy");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task Get_ManagerOpensWordingForm_ReturnsForbidden()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.GetAsync("/strategy/edit/outcome/4");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task Get_AdministratorOpensFormForAPartThatDoesNotExist_ReturnsNotFound()
    {
        var client = await App.SignedInClientAsync(TestUsers.Administrator);

        var response = await client.GetAsync("/strategy/edit/outcome/99");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [SkippableFact]
    public async Task Post_AdministratorRewordsOutcome_SavesANewVersionThatHistoryShowsWithReason()
    {
        var client = await App.SignedInClientAsync(TestUsers.Administrator);
        var before = await CurrentAsync();
        var versionsBefore = await VersionCountAsync();
        try
        {
            var response = await client.PostFormAsync("/strategy/edit/outcome/4",
            [
                new("Input.Title", "Children are happy, healthy and safe (full wording)"),
                new("Input.Description", before.Outcome(4)!.Description),
                new("Input.Reason", "Full wording agreed by the Panel"),
            ]);
            var history = WebUtility.HtmlDecode(await client.GetStringAsync("/strategy/history"));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(versionsBefore + 1, await VersionCountAsync());
            Assert.Equal("Children are happy, healthy and safe (full wording)", (await CurrentAsync()).Outcome(4)!.Title);
            Assert.Contains("Reason: Full wording agreed by the Panel", history);
            Assert.Contains("Outcome 4 title", history);
            Assert.Contains(before.Outcome(4)!.Title, history);
            Assert.Contains("by " + TestUsers.Administrator, history);
        }
        finally
        {
            await RestoreAsync(before);
        }
    }

    [SkippableFact]
    public async Task Post_AdministratorChangesPromiseSubPromises_NumbersALineWithoutANumber()
    {
        var client = await App.SignedInClientAsync(TestUsers.Administrator);
        var before = await CurrentAsync();
        var promise = before.Promise(2)!;
        try
        {
            var lines = string.Join("\n", promise.SubPromises.Select(s => $"{s.Number} {s.Text}")) + "\nCelebrate what you achieve";
            var response = await client.PostFormAsync("/strategy/edit/promise/2",
            [
                new("Input.Title", promise.Title), new("Input.ForChildren", "Words a child chose"),
                new("Input.SubPromises", lines), new("Input.Reason", "Children in Care Council's words"),
            ]);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var saved = (await CurrentAsync()).Promise(2)!;
            Assert.Equal("Words a child chose", saved.ForChildren);
            Assert.Equal(new PledgeSubPromise($"2.{promise.SubPromises.Count + 1}", "Celebrate what you achieve"), saved.SubPromises[^1]);
        }
        finally
        {
            await RestoreAsync(before);
        }
    }

    [SkippableFact]
    public async Task Post_AdministratorSavesWithoutReasonOrTitle_Returns400NamingEachFieldAndSavesNothing()
    {
        var client = await App.SignedInClientAsync(TestUsers.Administrator);
        var versionsBefore = await VersionCountAsync();

        var response = await client.PostFormAsync("/strategy/edit/priority/1", [new("Input.Title", " "), new("Input.Description", "x"), new("Input.Reason", "")]);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#Input_Title\">Enter the priority's title</a>", html);
        Assert.Contains("<a href=\"#Input_Reason\">Enter why you are making this change</a>", html);
        Assert.Equal(versionsBefore, await VersionCountAsync());
    }

    [SkippableFact]
    public async Task Post_AdministratorSavesTheWordingUnchanged_Returns400AndAddsNoVersion()
    {
        var client = await App.SignedInClientAsync(TestUsers.Administrator);
        var attribute = (await CurrentAsync()).Attributes[0];
        var versionsBefore = await VersionCountAsync();

        var response = await client.PostFormAsync($"/strategy/edit/attribute/{attribute.Number}", [new("Input.Text", attribute.Text), new("Input.Reason", "Checking")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("this is the wording already in force", await response.Content.ReadAsStringAsync());
        Assert.Equal(versionsBefore, await VersionCountAsync());
    }

    [SkippableFact]
    public async Task Post_AdministratorSetsEndBeforeStart_Returns400OnTheEndDate()
    {
        var client = await App.SignedInClientAsync(TestUsers.Administrator);
        var title = (await CurrentAsync()).Title;

        var response = await client.PostFormAsync("/strategy/edit/title",
        [
            new("Input.Title", title), new("Input.StartsOn.Day", "1"), new("Input.StartsOn.Month", "4"), new("Input.StartsOn.Year", "2027"),
            new("Input.EndsOn.Day", "31"), new("Input.EndsOn.Month", "3"), new("Input.EndsOn.Year", "2026"), new("Input.Reason", "Next strategy"),
        ]);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#Input_EndsOn\">The day the strategy ends must be on or after the day it starts</a>", html);
    }

    [SkippableFact]
    public async Task Post_AdministratorLoadsAFileWithErrors_ShowsEveryErrorAndSavesNothing()
    {
        var client = await App.SignedInClientAsync(TestUsers.Administrator);
        var versionsBefore = await VersionCountAsync();
        var broken = StrategyStore.Default with
        {
            Title = "",
            Outcomes = [.. StrategyStore.Default.Outcomes.Select(o => o.Number == 3 ? o with { PledgePromise = 42 } : o)],
        };

        var response = await UploadAsync(client, broken.ToJson(), "Next strategy");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Enter the strategy's title", html);
        Assert.Contains("Outcome 3 names pledge promise 42, which the strategy does not have", html);
        Assert.Equal(versionsBefore, await VersionCountAsync());
    }

    [SkippableFact]
    public async Task Post_AdministratorLoadsAFileThatIsNotJson_Returns400()
    {
        var client = await App.SignedInClientAsync(TestUsers.Administrator);

        var response = await UploadAsync(client, "title,startsOn\nNot a strategy,2027-04-01", "Next strategy");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The file is not a strategy in the expected JSON form", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [SkippableFact]
    public async Task Post_AdministratorLoadsTheNextStrategy_ItIsInForceAndTheOldOneIsKept()
    {
        var client = await App.SignedInClientAsync(TestUsers.Administrator);
        var before = await CurrentAsync();
        var versionsBefore = await VersionCountAsync();
        try
        {
            var next = before with { Title = "Co-Parenting Strategy 2027-32", StartsOn = new DateOnly(2027, 4, 1), EndsOn = new DateOnly(2032, 3, 31) };

            var response = await UploadAsync(client, next.ToJson(), "Agreed by Cabinet");

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(versionsBefore + 1, await VersionCountAsync());
            Assert.Equal("Co-Parenting Strategy 2027-32", (await CurrentAsync()).Title);
        }
        finally
        {
            await RestoreAsync(before);
        }
    }

    [SkippableFact]
    public async Task Post_ManagerLoadsAStrategy_ReturnsForbidden()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.GetAsync("/strategy/load");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task Get_ManagerOpensHistory_SeesTheFirstVersion()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/strategy/history"));

        Assert.Contains("Version 1:", html);
        Assert.Contains(StrategyStore.DefaultReason, html);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string json, string reason)
    {
        var token = await client.AntiforgeryTokenAsync("/strategy/load");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(reason), "Reason" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new("application/json");
        form.Add(file, "Upload", "strategy.json");
        return await client.PostAsync("/strategy/load", form);
    }

    private Task<StrategyDocument> CurrentAsync() => App.WithDbAsync(db => StrategyStore.CurrentAsync(db));

    private Task<int> VersionCountAsync() => App.WithDbAsync(db => db.StrategyVersions.CountAsync());

    private Task RestoreAsync(StrategyDocument document) => App.WithDbAsync(async db =>
    {
        if ((await StrategyStore.CurrentAsync(db)).ToJson() != document.ToJson())
        {
            await StrategyStore.SaveAsync(db, document, "Test put back the strategy it found", "test", CoParentApp.Now.UtcDateTime);
        }
    });
}

[Collection(SqliteCollection.Name)]
public sealed class StrategyPagesTests_Sqlite(SqliteApp app) : StrategyPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class StrategyPagesTests_Postgres(PostgresApp app) : StrategyPagesTests(app);
