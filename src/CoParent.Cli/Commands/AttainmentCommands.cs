using System.CommandLine;
using CoParent.Data;
using CoParent.Data.Education;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Cli.Commands;

/// <summary><c>coparent attainment comparisons import FILE</c>: load published attainment figures to compare with.</summary>
public static class AttainmentCommands
{
    public static Command Create()
    {
        var file = new Argument<FileInfo?>("file")
        {
            Description = "CSV with columns academic_year, measure_id, area, value, source; without it, the DfE figures the project ships",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var import = new Command("import", "Add or correct comparison figures; all or nothing, and importing the same file again changes nothing");
        import.Arguments.Add(file);
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file);
            if (path is { Exists: false })
            {
                Console.Error.WriteLine($"No file at {path.FullName}");
                return 2;
            }
            await using var provider = await CommonOptions.OpenAsync(parse, ct);
            using var scope = provider.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CoParentDbContext>();
            await using var csv = path?.OpenRead() ?? AttainmentComparisonImporter.OpenDefaults();
            var result = await AttainmentComparisonImporter.ImportAsync(db, csv, ct);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine("Nothing was imported. Correct these rows and run it again:");
                foreach (var error in result.Errors) Console.Error.WriteLine("  " + error);
                return 1;
            }
            Console.WriteLine($"{result.Added} added, {result.Updated} corrected, {result.Unchanged} already held.");
            return 0;
        });
        var comparisons = new Command("comparisons", "Published attainment figures for all pupils and children looked after");
        comparisons.Subcommands.Add(import);
        var attainment = new Command("attainment", "The Virtual School's attainment records");
        attainment.Subcommands.Add(comparisons);
        return attainment;
    }
}
