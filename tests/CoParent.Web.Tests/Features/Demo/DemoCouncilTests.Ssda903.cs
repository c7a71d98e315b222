using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation;
using CoParent.Data.Ssda903;
using CoParent.Data.Ssda903.Storing;

namespace CoParent.Web.Tests.Features.Demo;

/// <summary>The demo council's SSDA903 export is what a careful council would send, for last year and for this year so far.</summary>
public abstract partial class DemoCouncilTests
{
    private const string CouncilCode = "E10000012";

    /// <summary>
    /// Rules a return exported part way through the year breaks by its nature, with why. Everything else must pass.
    /// </summary>
    private static readonly Dictionary<string, string> NotCleanMidYear = new(StringComparer.Ordinal);

    [SkippableFact]
    public async Task Export_LastCompletedYear_ValidatesClean()
    {
        var report = await ExportAndValidateAsync(new CollectionYear(2026));

        Assert.True(report.IsClean, Summary(report));
        Assert.All(report.RulesNotRun, r => Assert.True(r.Rule.UsesProviders, $"{r.Rule.Code} did not run: {r.Reason}"));
    }

    [SkippableFact]
    public async Task Export_CurrentYearSoFar_ValidatesClean()
    {
        var report = await ExportAndValidateAsync(new CollectionYear(2027));

        var errors = report.Errors.Where(e => !NotCleanMidYear.ContainsKey(e.Rule)).ToList();
        Assert.True(errors.Count == 0, Summary(report));
        Assert.All(report.RulesNotRun, r => Assert.True(r.Rule.UsesProviders, $"{r.Rule.Code} did not run: {r.Reason}"));
    }

    private Task<ValidationReport> ExportAndValidateAsync(CollectionYear year) => Demo.WithDbAsync(async db =>
    {
        var current = await Ssda903Exporter.BuildAsync(db, year, CouncilCode, CancellationToken.None);
        var previous = await Ssda903Exporter.BuildAsync(db, year.Previous, CouncilCode, CancellationToken.None);
        var postcodes = await PostcodeDirectory.LoadAsync(db);
        postcodes.Derive(current, CouncilCode);
        postcodes.Derive(previous, CouncilCode);
        return ReturnValidator.Validate(new RuleContext(current, CouncilCode) { Previous = previous });
    });

    /// <summary>Each rule broken, how often, and a few examples, so a failure says where to look.</summary>
    private static string Summary(ValidationReport report) => string.Join(Environment.NewLine, report.ByRule()
        .Where(r => !NotCleanMidYear.ContainsKey(r.Rule.Code) || report.Year.Year != 2027)
        .Select(r => $"{r.Rule.Code} ({r.Rule.Message}): {r.Rows} rows, e.g. " + string.Join(", ", report.Errors
            .Where(e => e.Rule == r.Rule.Code).Take(3).Select(e => $"{e.Table} row {e.Row} child {e.Child} {string.Join("/", e.Fields)}"))));
}
