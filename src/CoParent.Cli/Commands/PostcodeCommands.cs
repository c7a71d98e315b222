using System.CommandLine;
using System.IO.Compression;
using CoParent.Data;
using CoParent.Data.ReferenceData;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Cli.Commands;

public static class PostcodeCommands
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = "CSV with columns postcode, easting, northing, ltla_code, utla_code (the ONS Postcode Directory shape; .gz allowed)",
        };
        var import = new Command("import", "Load postcodes (for example the full ONS Postcode Directory); rows with the same postcode are replaced");
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
            await using Stream csv = path.Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                ? new GZipStream(stream, CompressionMode.Decompress) : stream;
            await PostcodeImporter.EnsureLoadedAsync(db, ct);
            var count = await PostcodeImporter.ImportPostcodesAsync(db, csv, ct);
            await DatabaseStatistics.RefreshAsync(db, afterBulkLoad: true, ct);
            Console.WriteLine($"Loaded {count:N0} postcodes.");
            return 0;
        });
        var postcodes = new Command("postcodes", "Postcode reference data for placement distance and location");
        postcodes.Subcommands.Add(import);
        return postcodes;
    }
}
