using System.CommandLine;
using CoParent.Data;
using CoParent.Data.Education;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Cli.Commands;

public static class SchoolsCommands
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = "CSV of establishments: URN, name, establishment type, phase, LA code, LA name, postcode, optional Ofsted rating (GIAS column names accepted)",
        };
        var import = new Command("import", "Load or update schools; rows are matched on URN, and a file with any error loads nothing");
        import.Arguments.Add(file);
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetRequiredValue(file);
            if (!path.Exists)
            {
                Console.Error.WriteLine($"No file at {path.FullName}");
                return 2;
            }
            await using var provider = await CommonOptions.OpenAsync(parse, ct);
            using var scope = provider.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CoParentDbContext>();
            await using var stream = path.OpenRead();
            var result = await SchoolsImporter.ImportAsync(db, stream, ct);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine("Nothing was loaded. Fix these and import the file again:");
                foreach (var error in result.Errors) Console.Error.WriteLine($"  {error}");
                return 1;
            }
            Console.WriteLine($"Schools: {result.Summary}.");
            return 0;
        });
        var schools = new Command("schools", "Schools reference data for the Virtual School's roll");
        schools.Subcommands.Add(import);
        return schools;
    }
}
