using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CoParent.Cli;
using CoParent.Web.Tests.Infrastructure;

namespace CoParent.Web.Tests.Features.Dashboard;

public abstract class MeasuresCommandTests(CoParentApp app) : IntegrationTest(app)
{
    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CliProgram.CreateRoot().Parse([.. args, "--connection", App.ConnectionString])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    [SkippableFact]
    public async Task Measures_WithJson_PrintsTheApiShapeUnsuppressed()
    {
        var date = TestData.UniquePastDate();
        var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await TestData.CreateChildInCareAroundAsync(App, date, App.Users.SocialWorkerId);

        var (exitCode, output, _) = await RunAsync("measures", "--as-at", iso, "--json");
        using var json = JsonDocument.Parse(output);
        var count = json.RootElement.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "cla.count");

        Assert.Equal(0, exitCode);
        Assert.Equal(iso, json.RootElement.GetProperty("asAt").GetString());
        Assert.Equal(1, count.GetProperty("value").GetDecimal());
        Assert.Equal(["id", "name", "value", "numerator", "denominator", "unit"], count.EnumerateObject().Select(p => p.Name));
    }

    [SkippableFact]
    public async Task Measures_AsATable_ListsEachMeasureById()
    {
        var (exitCode, output, _) = await RunAsync("measures", "--as-at", "2026-03-31");

        Assert.Equal(0, exitCode);
        Assert.Contains("Measures as at 2026-03-31", output);
        Assert.Contains("cla.rate-per-10000", output);
        Assert.Contains("stability.long-term", output);
    }

    [SkippableFact]
    public async Task Measures_WithABadDate_ExitsWith2AndSaysWhy()
    {
        var (exitCode, _, error) = await RunAsync("measures", "--as-at", "31/03/2026");

        Assert.Equal(2, exitCode);
        Assert.Contains("--as-at must be a real date in the form YYYY-MM-DD", error);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MeasuresCommandTests_Sqlite(SqliteApp app) : MeasuresCommandTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MeasuresCommandTests_Postgres(PostgresApp app) : MeasuresCommandTests(app);
