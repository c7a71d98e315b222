using System.Net;
using System.Text.Json;
using CoParent.Core.Strategy;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Features.Strategy;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Web.Tests.Features.Strategy;

public abstract class MeasureRegistryPagesTests(CoParentApp app) : IntegrationTest(app)
{
    // A measure no other test sets a target on; each test that sets one clears it again.
    private const string Measure = "identity.later-life-letters";

    [SkippableFact]
    public async Task Get_CouncillorOpensMeasures_ListsEveryRegistryEntryWithItsCode()
    {
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        var response = await client.GetAsync("/strategy/measures");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(MeasureCatalogue.All, m => Assert.Contains($"href=\"/strategy/measures/{m.Id}\"", html));
        Assert.All(MeasureCatalogue.All, m => Assert.Contains(m.CodePath, html));
        Assert.All(Enumerable.Range(1, 7), n => Assert.Contains($"id=\"outcome-{n}\"", html));
    }

    [SkippableFact]
    public async Task Get_CouncillorOpensAMeasure_ReadsItsDefinitionAndCodeButNoTargetForm()
    {
        var client = await App.SignedInClientAsync(TestUsers.Councillor);
        var period = MeasureRegistry.ReferencePeriod(App.Clock);
        var figure = (await App.Services.GetRequiredService<OutcomeFigures>().CalculateAsync(period)).Find("reviews.on-time")!;

        var response = await client.GetAsync("/strategy/measures/reviews.on-time");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(figure.Definition, html);
        Assert.Contains("src/CoParent.Core/Reviews/ReviewMeasures.cs", html);
        Assert.Contains("Higher is better", html);
        Assert.DoesNotContain("Save target", html);
    }

    [SkippableFact]
    public async Task Get_AFamilyOfMeasures_ListsTheFiguresItCovers()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var html = await client.GetStringAsync("/strategy/measures/reviews.participation.*");

        Assert.Contains("The figures in this family", html);
        Assert.Contains("href=\"/strategy/measures/reviews.participation.", html);
        Assert.DoesNotContain("Save target", html);
    }

    [SkippableFact]
    public async Task Get_AMeasureNothingWorksOut_ReturnsNotFound()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.GetAsync("/strategy/measures/no.such.measure");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [SkippableFact]
    public async Task Get_DesignatedTeacherOpensMeasures_ReturnsForbidden()
    {
        var client = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        var response = await client.GetAsync("/strategy/measures");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task Post_ManagerSetsTargetThenClearsIt_AddsARowEachTimeAndTheRegistryShowsTheTargetInForce()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);
        var rowsBefore = await TargetRowsAsync();
        try
        {
            var set = await client.PostFormAsync($"/strategy/measures/{Measure}", [new("Input.Target", "80"), new("Input.Tolerance", "5")]);
            var page = await client.GetStringAsync($"/strategy/measures/{Measure}");
            var registry = await RegistryEntryAsync(client, Measure);

            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
            Assert.Equal(rowsBefore + 1, await TargetRowsAsync());
            Assert.Contains(TestUsers.Manager, page);
            Assert.Equal(80m, registry.GetProperty("target").GetDecimal());
            Assert.Equal(5m, registry.GetProperty("tolerance").GetDecimal());
        }
        finally
        {
            await client.PostFormAsync($"/strategy/measures/{Measure}", [new("Input.Target", ""), new("Input.Tolerance", "")]);
        }

        var cleared = await RegistryEntryAsync(client, Measure);
        Assert.Equal(rowsBefore + 2, await TargetRowsAsync());
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("target").ValueKind);
    }

    [SkippableFact]
    public async Task Post_ManagerSavesTheTargetAlreadyInForce_AddsNoRow()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);
        var rowsBefore = await TargetRowsAsync();

        var response = await client.PostFormAsync($"/strategy/measures/{Measure}", [new("Input.Target", ""), new("Input.Tolerance", "")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(rowsBefore, await TargetRowsAsync());
    }

    [SkippableFact]
    public async Task Post_ManagerEntersWordsAndANegativeTolerance_Returns400NamingEachField()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.PostFormAsync($"/strategy/measures/{Measure}", [new("Input.Target", "most"), new("Input.Tolerance", "-2")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#Input_Target\">The target must be a number, like 75 or 12.5</a>", html);
        Assert.Contains("<a href=\"#Input_Tolerance\">The tolerance must be 0 or more", html);
        Assert.Contains("value=\"most\"", html);
    }

    [SkippableTheory]
    [InlineData(TestUsers.Councillor)]
    [InlineData(TestUsers.Administrator)]
    public async Task Post_SomeoneOtherThanAManagerSetsATarget_ReturnsForbidden(string userName)
    {
        var client = await App.SignedInClientAsync(userName);
        var rowsBefore = await TargetRowsAsync();

        var response = await client.PostFormAsync($"/strategy/measures/{Measure}", [new("Input.Target", "1")], tokenFrom: "/strategy");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(rowsBefore, await TargetRowsAsync());
    }

    [SkippableFact]
    public async Task GetRegistryApi_ListsEveryEntryWithOutcomePromiseDirectionAndCode()
    {
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/measures/registry"));
        var entries = json.RootElement.EnumerateArray().ToList();
        var reviews = entries.Single(e => e.GetProperty("id").GetString() == "reviews.on-time");

        Assert.Equal(MeasureCatalogue.All.Count, entries.Count);
        Assert.Equal(2, reviews.GetProperty("outcome").GetInt32());
        Assert.Equal("HigherIsBetter", reviews.GetProperty("direction").GetString());
        Assert.Equal("src/CoParent.Core/Reviews/ReviewMeasures.cs", reviews.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Number, reviews.GetProperty("promise").ValueKind);
    }

    [SkippableFact]
    public async Task OpenApi_DescribesTheRegistryRoute()
    {
        var client = App.CreateBrowserlessClient();

        var openApi = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/measures/registry", openApi);
    }

    private static async Task<JsonElement> RegistryEntryAsync(HttpClient client, string id)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/measures/registry"));
        return json.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == id).Clone();
    }

    private Task<int> TargetRowsAsync() => App.WithDbAsync(db => db.MeasureTargets.CountAsync(t => t.MeasureId == Measure));
}

[Collection(SqliteCollection.Name)]
public sealed class MeasureRegistryPagesTests_Sqlite(SqliteApp app) : MeasureRegistryPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MeasureRegistryPagesTests_Postgres(PostgresApp app) : MeasureRegistryPagesTests(app);
