using System.CommandLine;
using CoParent.Cli;
using CoParent.Core.Strategy;
using CoParent.Data.Strategy;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Strategy;

public abstract class StrategyCommandsTests(CoParentApp app) : IntegrationTest(app)
{
    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CliProgram.CreateRoot().Parse([.. args, "--connection", App.ConnectionString])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    private Task<int> VersionCountAsync() => App.WithDbAsync(db => db.StrategyVersions.CountAsync());

    [SkippableFact]
    public async Task StrategyExport_ToAFile_WritesTheStrategyInForce()
    {
        var file = Path.Combine(Path.GetTempPath(), $"strategy-{Guid.NewGuid():N}.json");
        try
        {
            var (exitCode, _, _) = await RunAsync("strategy", "export", file);

            Assert.Equal(0, exitCode);
            var (document, errors) = StrategyDocument.Parse(await File.ReadAllTextAsync(file));
            Assert.Empty(errors);
            Assert.Equal((await App.WithDbAsync(db => StrategyStore.CurrentAsync(db))).ToJson(), document!.ToJson());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [SkippableFact]
    public async Task StrategyLoad_TheDocumentAlreadyInForce_AddsNoVersion()
    {
        var file = Path.Combine(Path.GetTempPath(), $"strategy-{Guid.NewGuid():N}.json");
        try
        {
            await RunAsync("strategy", "export", file);
            var versionsBefore = await VersionCountAsync();

            var (exitCode, output, _) = await RunAsync("strategy", "load", file, "--reason", "Deployment");

            Assert.Equal(0, exitCode);
            Assert.Contains("no new version was added", output);
            Assert.Equal(versionsBefore, await VersionCountAsync());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [SkippableFact]
    public async Task StrategyLoad_AChangedDocument_AddsOneVersionWithTheReason()
    {
        var before = await App.WithDbAsync(db => StrategyStore.CurrentAsync(db));
        var file = Path.Combine(Path.GetTempPath(), $"strategy-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(file, (before with { Title = "Co-Parenting Strategy, full wording" }).ToJson());
            var versionsBefore = await VersionCountAsync();

            var (exitCode, _, _) = await RunAsync("strategy", "load", file, "--reason", "Full wording");
            var again = await RunAsync("strategy", "load", file, "--reason", "Full wording");

            Assert.Equal(0, exitCode);
            Assert.Equal(0, again.ExitCode);
            Assert.Equal(versionsBefore + 1, await VersionCountAsync());
            var newest = await App.WithDbAsync(db => db.StrategyVersions.OrderByDescending(v => v.Id).FirstAsync());
            Assert.Equal("Full wording", newest.Reason);
            Assert.Equal("Co-Parenting Strategy, full wording", newest.Title);
        }
        finally
        {
            File.Delete(file);
            await App.WithDbAsync(async db =>
            {
                if ((await StrategyStore.CurrentAsync(db)).ToJson() != before.ToJson())
                {
                    await StrategyStore.SaveAsync(db, before, "Test put back the strategy it found", "test", CoParentApp.Now.UtcDateTime);
                }
            });
        }
    }

    [SkippableFact]
    public async Task StrategyLoad_AFileWithErrors_ExitsWith1ListingThemAndLoadsNothing()
    {
        var file = Path.Combine(Path.GetTempPath(), $"strategy-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(file, (StrategyStore.Default with { Title = " " }).ToJson());
            var versionsBefore = await VersionCountAsync();

            var (exitCode, _, error) = await RunAsync("strategy", "load", file, "--reason", "Next");

            Assert.Equal(1, exitCode);
            Assert.Contains("Enter the strategy's title", error);
            Assert.Equal(versionsBefore, await VersionCountAsync());
        }
        finally
        {
            File.Delete(file);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StrategyCommandsTests_Sqlite(SqliteApp app) : StrategyCommandsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class StrategyCommandsTests_Postgres(PostgresApp app) : StrategyCommandsTests(app);
