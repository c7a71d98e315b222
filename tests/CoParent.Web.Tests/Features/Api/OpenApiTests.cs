using System.Net;
using System.Text.Json;
using CoParent.Web.Tests.Infrastructure;

namespace CoParent.Web.Tests.Features.Api;

public abstract class OpenApiTests(CoParentApp app) : IntegrationTest(app)
{
    [SkippableFact]
    public async Task Get_OpenApiDocument_DescribesEveryJsonRoute()
    {
        var client = App.CreateBrowserlessClient();

        var response = await client.GetAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/api/measures", paths);
        Assert.Contains("/api/children", paths);
        Assert.Contains("/api/children/{childId}", paths);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OpenApiTests_Sqlite(SqliteApp app) : OpenApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OpenApiTests_Postgres(PostgresApp app) : OpenApiTests(app);
