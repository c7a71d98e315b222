using System.Globalization;
using System.Net;
using System.Text.Json;
using CoParent.Web.Tests.Infrastructure;

namespace CoParent.Web.Tests.Features.Dashboard;

public abstract class MeasuresApiTests(CoParentApp app) : IntegrationTest(app)
{
    private static JsonElement Measure(JsonDocument json, string id) =>
        json.RootElement.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("id").GetString() == id);

    [SkippableFact]
    public async Task Get_Measures_WithABadDate_ReturnsProblemDetailsNamingAsAt()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.GetAsync("/api/measures?asAt=2026-13-01");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty("asAt", out _));
    }

    [SkippableFact]
    public async Task Get_Measures_AsManager_ReturnsEveryMeasureWithItsFigures()
    {
        var date = TestData.UniquePastDate();
        var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await TestData.CreateChildInCareAroundAsync(App, date, App.Users.SocialWorkerId, distance: 31.5, location: "OUT");
        await TestData.CreateChildInCareAroundAsync(App, date, App.Users.OtherSocialWorkerId, sex: "M");
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.GetAsync($"/api/measures?asAt={iso}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var count = Measure(json, "cla.count");
        var distant = Measure(json, "placement.over-20-miles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(iso, json.RootElement.GetProperty("asAt").GetString());
        Assert.Equal(2, count.GetProperty("value").GetDecimal());
        Assert.Equal("children", count.GetProperty("unit").GetString());
        Assert.Equal(50m, distant.GetProperty("value").GetDecimal());
        Assert.Equal(1, distant.GetProperty("numerator").GetInt32());
        Assert.Equal(2, distant.GetProperty("denominator").GetInt32());
        Assert.Equal("%", distant.GetProperty("unit").GetString());
        Assert.Equal(["id", "name", "value", "numerator", "denominator", "unit"], count.EnumerateObject().Select(p => p.Name));
    }

    [SkippableFact]
    public async Task Get_Measures_AsCouncillor_ShowsSmallNumbersAsC()
    {
        var date = TestData.UniquePastDate();
        await TestData.CreateChildInCareAroundAsync(App, date, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/measures?asAt={date:yyyy-MM-dd}"));
        var count = Measure(json, "cla.count");

        Assert.Equal("c", count.GetProperty("value").GetString());
        Assert.Equal("c", count.GetProperty("numerator").GetString());
        Assert.Equal("c", Measure(json, "cla.placement.fostered").GetProperty("value").GetString());
    }

    [SkippableFact]
    public async Task Get_Measures_WhenSignedOut_ReturnsUnauthorized()
    {
        var client = App.CreateBrowserlessClient();

        var response = await client.GetAsync("/api/measures");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MeasuresApiTests_Sqlite(SqliteApp app) : MeasuresApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MeasuresApiTests_Postgres(PostgresApp app) : MeasuresApiTests(app);
