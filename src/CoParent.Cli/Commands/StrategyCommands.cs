using System.CommandLine;
using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Data.Strategy;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Cli.Commands;

/// <summary>
/// The strategy in force as a file: export it to read or edit, load the next one. Loading the document already in
/// force adds no version, so a deployment script can load the repository's file every time.
/// </summary>
public static class StrategyCommands
{
    public static Command Create()
    {
        var exportFile = new Argument<FileInfo?>("file") { Description = "Where to write the JSON (default: print it)", Arity = ArgumentArity.ZeroOrOne };
        var export = new Command("export", "Write the strategy in force as JSON, in the form 'strategy load' and the web page accept");
        export.Arguments.Add(exportFile);
        export.SetAction(async (parse, ct) =>
        {
            await using var provider = await CommonOptions.OpenAsync(parse, ct);
            using var scope = provider.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CoParentDbContext>();
            var json = (await StrategyStore.CurrentAsync(db, ct)).ToJson();
            if (parse.GetValue(exportFile) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, json, ct);
                parse.InvocationConfiguration.Output.WriteLine($"Wrote the strategy in force to {file.FullName}");
            }
            else
            {
                parse.InvocationConfiguration.Output.WriteLine(json);
            }
            return 0;
        });

        var loadFile = new Argument<FileInfo>("file") { Description = "A strategy JSON file" };
        var reason = new Option<string>("--reason") { Description = "Why it is being loaded, kept in the strategy's history", Required = true };
        var load = new Command("load", "Make a strategy file the strategy in force (a new version); a file with any error loads nothing");
        load.Arguments.Add(loadFile);
        load.Options.Add(reason);
        load.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetRequiredValue(loadFile);
            var why = parse.GetRequiredValue(reason).Trim();
            if (!path.Exists)
            {
                error.WriteLine($"No file at {path.FullName}");
                return 2;
            }
            if (why.Length == 0)
            {
                error.WriteLine("--reason must say why the strategy is being loaded");
                return 2;
            }
            var (document, errors) = StrategyDocument.Parse(await File.ReadAllTextAsync(path.FullName, ct));
            if (document is null)
            {
                error.WriteLine("Nothing was loaded. Fix these and load the file again:");
                foreach (var e in errors) error.WriteLine($"  {e}");
                return 1;
            }
            await using var provider = await CommonOptions.OpenAsync(parse, ct);
            using var scope = provider.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CoParentDbContext>();
            if ((await StrategyStore.CurrentAsync(db, ct)).ToJson() == document.ToJson())
            {
                output.WriteLine("This is the strategy already in force: no new version was added.");
                return 0;
            }
            var clock = scope.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
            await StrategyStore.SaveAsync(db, document, why, Environment.UserName, clock.GetUtcNow().UtcDateTime, ct);
            output.WriteLine($"Loaded \"{document.Title}\" as the strategy in force.");
            return 0;
        });

        var strategy = new Command("strategy", "The Co-Parenting Strategy in force and its versions");
        strategy.Subcommands.Add(export);
        strategy.Subcommands.Add(load);
        return strategy;
    }
}
