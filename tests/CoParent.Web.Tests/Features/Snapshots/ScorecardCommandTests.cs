using System.CommandLine;
using System.Text.Json;
using CoParent.Cli;
using CoParent.Core.Measures;
using CoParent.Web.Features.Scorecard;
using CoParent.Web.Features.Snapshots;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Web.Tests.Features.Snapshots;

public abstract class ScorecardCommandTests(CoParentApp app) : IntegrationTest(app)
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
    public async Task ScorecardShow_AFrozenQuarter_PrintsItsRevisionsAndLines()
    {
        // Arrange: the quarter April to June 2026, frozen (again, if another test froze it: no revision is added).
        var quarter = new MeasurePeriod(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30));
        await App.WithDbAsync(db => ScorecardSnapshots.FreezeAsync(db, App.Services.GetRequiredService<ScorecardFigures>(),
            quarter, ScorecardSnapshots.EndOfPeriodReason, ScorecardSnapshots.Automatic, CoParentApp.Now.UtcDateTime));

        var reason = (await App.WithDbAsync(db => ScorecardSnapshots.RevisionsAsync(db, quarter)))[^1].Reason;

        // Act
        var (exitCode, output, _) = await RunAsync("scorecard", "show", "--period", "q-2026-04");
        var (jsonExitCode, json, _) = await RunAsync("scorecard", "show", "--period", "q-2026-04", "--json");

        // Assert
        Assert.Equal(0, exitCode);
        Assert.Contains("Scorecard for 1 April 2026 to 30 June 2026, revision", output);
        Assert.Contains(reason, output);
        Assert.Contains("journey.started", output);
        Assert.Equal(0, jsonExitCode);
        using var lines = JsonDocument.Parse(json);
        Assert.Contains(lines.RootElement.EnumerateArray(), l => l.GetProperty("measureId").GetString() == "journey.started");
    }

    [SkippableFact]
    public async Task ScorecardShow_APeriodNeverFrozen_Exits1AndSaysSo()
    {
        var (exitCode, _, error) = await RunAsync("scorecard", "show", "--period", "y-2001");

        Assert.Equal(1, exitCode);
        Assert.Contains("has not been frozen", error);
    }

    [SkippableFact]
    public async Task ScorecardShow_WithABadPeriod_Exits2AndSaysWhatItShouldBe()
    {
        var (exitCode, _, error) = await RunAsync("scorecard", "show", "--period", "q-2026-05");

        Assert.Equal(2, exitCode);
        Assert.Contains("--period must be a quarter like q-2026-07", error);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ScorecardCommandTests_Sqlite(SqliteApp app) : ScorecardCommandTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ScorecardCommandTests_Postgres(PostgresApp app) : ScorecardCommandTests(app);
