using System.CommandLine;
using System.Diagnostics;
using CoParent.Core.Ssda903.Returns;
using CoParent.Data;
using CoParent.Data.Ssda903;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace CoParent.Cli.Commands;

/// <summary>The <c>903</c> command group: the DfE's SSDA903 children looked after return.</summary>
public static class Ssda903Commands
{
    public static Command Create()
    {
        var group = new Command("903", "The DfE's SSDA903 children looked after return: validate, import, export");
        group.Subcommands.Add(Ssda903ValidateCommand.Create());
        group.Subcommands.Add(CreateImport());
        group.Subcommands.Add(Ssda903ExportCommand.Create());
        group.Subcommands.Add(CreateProviders());
        return group;
    }

    /// <summary>
    /// <c>coparent 903 providers import ofsted.csv</c>: keeps Ofsted's provider list (URN, provider type,
    /// postcode, registration and closure dates, local authority, sector) so the URN rules run on imports and
    /// on the Returns page. A newer list replaces the old one.
    /// </summary>
    private static Command CreateProviders()
    {
        var file = new Argument<FileInfo>("file") { Description = "Ofsted's provider list as CSV; only a URN column is required" };
        var import = new Command("import", "Keep Ofsted's provider list for the URN rules (219, 221, 224, 227, 228, 229, 1008)");
        import.Arguments.Add(file);
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetRequiredValue(file);
            if (!path.Exists)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"There is no file at {path.FullName}.");
                return 2;
            }
            await using var provider = await CommonOptions.OpenAsync(parse, ct);
            using var scope = provider.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CoParentDbContext>();
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            try
            {
                var list = await StoredOfstedList.ImportAsync(db, path.Name, await File.ReadAllBytesAsync(path.FullName, ct), clock.GetUtcNow().UtcDateTime, ct);
                await parse.InvocationConfiguration.Output.WriteLineAsync($"Kept Ofsted's list of {list.Count:N0} providers from {path.Name}; the URN rules now run.");
                return 0;
            }
            catch (InvalidDataException e)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(e.Message);
                return 2;
            }
        });
        var providers = new Command("providers", "Ofsted's provider lists, for the rules that check URNs");
        providers.Subcommands.Add(import);
        return providers;
    }

    /// <summary>
    /// <c>coparent 903 import &lt;files or folders&gt; --year 2027 [--previous ...]</c>: stores a return in
    /// CoParent. Files that cannot be read stop it with every problem listed and nothing written (exit 2); so
    /// do rows the records cannot hold (exit 1). Rule failures are reported and imported, to be fixed in CoParent.
    /// </summary>
    private static Command CreateImport()
    {
        var files = new Argument<string[]>("files") { Description = "The return's CSV files (or its XML file), or folders holding them", Arity = ArgumentArity.OneOrMore };
        var year = new Option<int>("--year") { Description = "The collection year, named by the year it ends: 2027 is 2026/27", Required = true };
        var previous = new Option<string[]>("--previous") { Description = "Last year's return, kept for the rules that compare with it", AllowMultipleArgumentsPerToken = true };
        var command = new Command("import", "Store a return's children, episodes and other records in CoParent");
        command.Arguments.Add(files);
        command.Options.Add(year);
        command.Options.Add(previous);
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (parse.GetValue(year) is < 2000 or > 2100)
            {
                await error.WriteLineAsync("Give the collection year with --year, named by the year it ends: --year 2027 is 2026/27.");
                return 2;
            }
            await using var provider = await CommonOptions.OpenAsync(parse, ct);
            using var scope = provider.CreateScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<CoParentDbContext>();
            var council = services.GetRequiredService<IOptions<CouncilOptions>>().Value.Code;
            var clock = services.GetRequiredService<TimeProvider>();
            var watch = Stopwatch.StartNew();

            async Task<ReturnImportOutcome> Run(IProgress<ImportStage>? progress) => await ReturnImport.RunAsync(
                db, parse.GetValue(files) ?? [], parse.GetValue(previous) ?? [], new CollectionYear(parse.GetValue(year)),
                council, $"cli:{Environment.UserName}", clock, progress, ct);

            ReturnImportOutcome outcome;
            if (Console.IsOutputRedirected || !ReferenceEquals(output, Console.Out))
            {
                outcome = await Run(null);
            }
            else
            {
                outcome = await AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
                {
                    var task = context.AddTask("Reading", maxValue: 1);
                    var result = await Run(new Progress<ImportStage>(s =>
                    {
                        task.Description = Markup.Escape(s.Stage);
                        task.Value = s.Fraction;
                    }));
                    task.Value = 1;
                    return result;
                });
            }

            if (!outcome.Read.IsClean)
            {
                await error.WriteLineAsync($"The files cannot be read, so nothing was imported ({outcome.Read.Problems.Count} problems):");
                foreach (var problem in outcome.Read.Problems) await error.WriteLineAsync($"  {problem}");
                return 2;
            }
            if (outcome.Import is { Imported: false } refused)
            {
                await error.WriteLineAsync($"Nothing was imported: {refused.Problems.Count} rows cannot be stored as they are:");
                foreach (var p in refused.Problems) await error.WriteLineAsync($"  {p.File}, row {p.Row}, column {p.Column} ({p.Code}): {p.Message}");
                return 1;
            }

            var import = outcome.Import!;
            await output.WriteLineAsync($"Imported the {import.Year.Label} return in {watch.Elapsed.TotalSeconds:N1} s: {import.ChildrenCreated:N0} children added, {import.ChildrenUpdated:N0} updated.");
            foreach (var (table, count) in import.Tables.OrderBy(t => t.Key))
            {
                await output.WriteLineAsync($"  {TableSchemas.For(table).FileName,-26} {count.Rows,9:N0} rows, {count.Inserted,9:N0} new, {count.Updated,9:N0} changed");
            }
            if (outcome.Validation is { } report)
            {
                await output.WriteLineAsync(report.IsClean
                    ? "The return passes every DfE rule that could be checked."
                    : $"The DfE's rules flag {report.Errors.Count:N0} rows under {report.ByRule().Count} rules; run 'coparent 903 validate' or open Returns in CoParent to see what to fix.");
            }
            return 0;
        });
        return command;
    }
}
