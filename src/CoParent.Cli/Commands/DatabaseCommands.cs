using System.CommandLine;
using CoParent.Data;
using CoParent.Data.ReferenceData;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Cli.Commands;

public static class DatabaseCommands
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Create or upgrade the database and load the bundled reference postcodes");
        migrate.SetAction(async (parse, ct) =>
        {
            await using var provider = await CommonOptions.OpenAsync(parse, ct);
            using var scope = provider.CreateScope();
            await PostcodeImporter.EnsureLoadedAsync(scope.ServiceProvider.GetRequiredService<CoParentDbContext>(), ct);
            Console.WriteLine("The database is up to date.");
            return 0;
        });
        var db = new Command("db", "Database set-up");
        db.Subcommands.Add(migrate);
        return db;
    }
}
