using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoParent.Web.Tests.Infrastructure;

namespace CoParent.Web.Tests.Features.Children;

public abstract class ChildrenApiTests(CoParentApp app) : IntegrationTest(app)
{
    [SkippableFact]
    public async Task GetRegister_SocialWorker_ReturnsOnlyTheirChildrenAsJson()
    {
        var family = TestData.UniqueFamilyName();
        var mine = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, givenName: "Mine", familyName: family);
        await TestData.CreateChildInCareAsync(App, App.Users.OtherSocialWorkerId, givenName: "Theirs", familyName: family);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var json = await client.GetFromJsonAsync<JsonElement>($"/api/children?q={family}&asAt=2026-11-23&page=1");

        Assert.Equal(1, json.GetProperty("total").GetInt32());
        var child = Assert.Single(json.GetProperty("children").EnumerateArray());
        Assert.Equal(mine.Id, child.GetProperty("id").GetInt32());
        Assert.Equal($"Mine {family}", child.GetProperty("name").GetString());
    }

    [SkippableFact]
    public async Task GetChild_AllocatedSocialWorker_ReturnsSummary()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, place: "K2");
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var json = await client.GetFromJsonAsync<JsonElement>($"/api/children/{child.Id}");

        Assert.Equal(child.PersonId, json.GetProperty("personId").GetString());
        Assert.Equal("K2", json.GetProperty("current").GetProperty("type").GetString());
        Assert.Equal(TestUsers.TeamA, json.GetProperty("socialWorker").GetProperty("team").GetString());
    }

    [SkippableFact]
    public async Task GetChild_OtherSocialWorker_IsForbidden()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.OtherSocialWorker);

        var response = await client.GetAsync($"/api/children/{child.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableTheory]
    [InlineData(TestUsers.Councillor)]
    [InlineData(TestUsers.Administrator)]
    public async Task GetRegister_CouncillorOrAdministrator_IsForbidden(string userName)
    {
        var client = await App.SignedInClientAsync(userName);

        var response = await client.GetAsync("/api/children");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableTheory]
    [InlineData("asAt=23/11/2026", "asAt")]
    [InlineData("asAt=2026-02-30", "asAt")]
    [InlineData("page=0", "page")]
    [InlineData("page=two", "page")]
    public async Task GetRegister_BadInput_Returns400ProblemNamingTheField(string query, string field)
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.GetAsync($"/api/children?{query}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ChildrenApiTests_Sqlite(SqliteApp app) : ChildrenApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ChildrenApiTests_Postgres(PostgresApp app) : ChildrenApiTests(app);
