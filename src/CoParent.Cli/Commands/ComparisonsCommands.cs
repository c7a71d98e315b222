using System.CommandLine;
using CoParent.Data;
using CoParent.Data.Strategy;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Cli.Commands;

/// <summary><c>coparent comparisons import [FILE]</c>: load published figures to compare any scorecard measure with.</summary>
public static class ComparisonsCommands
{
    public static Command Create()
    {
        var comparisons = new Command("comparisons", "Published figures (England, statistical neighbours, Essex) to compare our measures with");
        comparisons.Subcommands.Add(CreateImport());
        return comparisons;
    }

    /// <summary>The import command, also offered as <c>coparent attainment comparisons import</c>.</summary>
    public static Command CreateImport()
    {
        var file = new Argument<FileInfo?>("file")
        {
            Description = "CSV with columns year (or academic_year), measure_id, area, value, source; without it, the DfE figures the project ships",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var import = new Command("import", "Add or correct comparison figures; all or nothing, and importing the same file again changes nothing");
        import.Arguments.Add(file);
        import.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file);
            if (path is { Exists: false })
            {
                await error.WriteLineAsync($"No file at {path.FullName}");
                return 2;
            }
            await using var provider = await CommonOptions.OpenAsync(parse, ct);
            using var scope = provider.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CoParentDbContext>();
            await using var csv = path?.OpenRead() ?? ComparisonFigureImporter.OpenDefaults();
            var result = await ComparisonFigureImporter.ImportAsync(db, csv, ct);
            if (!result.Succeeded)
            {
                await error.WriteLineAsync("Nothing was imported. Correct these rows and run it again:");
                foreach (var line in result.Errors) await error.WriteLineAsync("  " + line);
                return 1;
            }
            await output.WriteLineAsync($"{result.Added} added, {result.Updated} corrected, {result.Unchanged} already held.");
            return 0;
        });
        return import;
    }
}
