using System.CommandLine;
using System.Text;
using CoParent.Cli;
using CoParent.Core.Education;
using CoParent.Data.Strategy;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Snapshots;

public abstract class ComparisonFigureImporterTests(CoParentApp app) : IntegrationTest(app)
{
    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    private Task<ComparisonFigureImporter.Result> ImportAsync(string text) =>
        App.WithDbAsync(db => ComparisonFigureImporter.ImportAsync(db, Csv(text)));

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CliProgram.CreateRoot().Parse([.. args, "--connection", App.ConnectionString])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    [SkippableFact]
    public async Task Import_Defaults_TwiceChangesNothingTheSecondTime()
    {
        // Arrange
        await App.WithDbAsync(db => ComparisonFigureImporter.ImportAsync(db, ComparisonFigureImporter.OpenDefaults()));

        // Act
        var again = await App.WithDbAsync(db => ComparisonFigureImporter.ImportAsync(db, ComparisonFigureImporter.OpenDefaults()));
        var stability = await App.WithDbAsync(db => db.ComparisonFigures.SingleAsync(c => c.MeasureId == "stability.long-term" && c.AcademicYear == 2023 && c.Area == ComparisonFigure.England));

        // Assert
        Assert.True(again.Succeeded);
        Assert.Equal(0, again.Added);
        Assert.Equal(0, again.Updated);
        Assert.Equal(13, again.Unchanged);
        Assert.Equal(68m, stability.Value);
        Assert.Contains("Stability measures for children looked after in England, 2024", stability.Source);
    }

    [SkippableFact]
    public async Task Import_AnyMeasureInTheRegistry_WithYearOrAcademicYearColumn_AddsThenCorrects()
    {
        var added = await ImportAsync("year,measure_id,area,value,source\n2041-42,health.dental,Statistical neighbours,81.25,Test publication\n");
        var corrected = await ImportAsync("academic_year,measure_id,area,value,source\n2041,health.dental,statistical neighbours,82,Test publication revised\n");
        var held = await App.WithDbAsync(db => db.ComparisonFigures.SingleAsync(c => c.MeasureId == "health.dental" && c.AcademicYear == 2041));

        Assert.Equal((1, 0), (added.Added, added.Updated));
        Assert.Equal((0, 1), (corrected.Added, corrected.Updated));
        Assert.Equal(82m, held.Value);
        Assert.Equal(ComparisonFigure.StatisticalNeighbours, held.Area);
    }

    [SkippableFact]
    public async Task Import_WithWrongRows_ImportsNothingAndNamesEachRow()
    {
        var result = await ImportAsync(
            "year,measure_id,area,value,source\n" +
            "2042-43,health.dental,England,80,Fine row\n" +
            "2042-43,no.such.measure,England,80,Test\n" +
            "2042-43,health.dental,Wales,80,Test\n" +
            "2042-43,health.immunisations,England,12345.6,Test\n" +
            "2042-43,health.annual-check,England,50.125,Test\n" +
            "20x4,health.annual-check,England,50,\n");
        var held = await App.WithDbAsync(db => db.ComparisonFigures.CountAsync(c => c.AcademicYear == 2042));

        Assert.False(result.Succeeded);
        Assert.Equal(0, held);
        Assert.Collection(result.Errors,
            e => Assert.StartsWith("Row 3: measure \"no.such.measure\" is not a measure the scorecard knows", e),
            e => Assert.StartsWith("Row 4: area \"Wales\" must be Essex, England, England children looked after or Statistical neighbours", e),
            e => Assert.StartsWith("Row 5: value \"12345.6\" must be a number from -9999.99 to 9999.99", e),
            e => Assert.StartsWith("Row 6: value \"50.125\"", e),
            e => Assert.Equal("Row 7: year \"20x4\" must be written like 2024-25 or 2024; source must say where the figure was published", e));
    }

    [SkippableFact]
    public async Task Import_WithoutAColumn_SaysWhichIsMissing()
    {
        var result = await ImportAsync("measure_id,area,value\nhealth.dental,England,80\n");

        Assert.Equal(["The file needs the columns year, measure_id, area, value, source (or academic_year for year); it has no year, source column"], result.Errors);
    }

    [SkippableFact]
    public async Task Cli_ComparisonsImport_AndTheAttainmentAlias_LoadTheSameDefaults()
    {
        var (exitCode, output, _) = await RunAsync("comparisons", "import");
        var (aliasExitCode, aliasOutput, _) = await RunAsync("attainment", "comparisons", "import");

        Assert.Equal(0, exitCode);
        Assert.Contains("already held", output);
        Assert.Equal(0, aliasExitCode);
        Assert.Equal("0 added, 0 corrected, 13 already held.", aliasOutput.Trim());
    }

    [SkippableFact]
    public async Task Cli_ComparisonsImport_WithAWrongFile_Exits1AndImportsNothing()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, "year,measure_id,area,value,source\n2043,no.such.measure,England,1,Test\n");

        var (exitCode, _, error) = await RunAsync("comparisons", "import", path);
        File.Delete(path);

        Assert.Equal(1, exitCode);
        Assert.Contains("Row 2: measure \"no.such.measure\"", error);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ComparisonFigureImporterTests_Sqlite(SqliteApp app) : ComparisonFigureImporterTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ComparisonFigureImporterTests_Postgres(PostgresApp app) : ComparisonFigureImporterTests(app);
