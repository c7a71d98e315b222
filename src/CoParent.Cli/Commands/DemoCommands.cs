using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CoParent.Data;
using CoParent.Data.Demo;
using CoParent.Data.Identity;
using CoParent.Data.Ssda903.Storing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoParent.Cli.Commands;

public static class DemoCommands
{
    public static Command Create()
    {
        var defaults = new DemoOptions();
        var children = new Option<int>("--children") { Description = "Children in care on the as-at date", DefaultValueFactory = _ => defaults.Children };
        var careLeavers = new Option<int>("--care-leavers") { Description = "Care leavers aged 18 to 25", DefaultValueFactory = _ => defaults.CareLeavers };
        var seed = new Option<int>("--seed") { Description = "The same seed gives the same council", DefaultValueFactory = _ => defaults.Seed };
        var asAt = new Option<string?>("--as-at") { Description = "The date the council is generated as at, YYYY-MM-DD (default: today)" };

        var generate = new Command("generate", "Generate a fictional council with years of history into an empty database");
        generate.Options.Add(children);
        generate.Options.Add(careLeavers);
        generate.Options.Add(seed);
        generate.Options.Add(asAt);
        generate.SetAction(async (parse, ct) =>
        {
            DateOnly? date = null;
            if (parse.GetValue(asAt) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    Console.Error.WriteLine($"--as-at must be a date like 2026-03-31, not '{text}'.");
                    return 1;
                }
                date = parsed;
            }
            if (parse.GetValue(children) < 1 || parse.GetValue(careLeavers) < 0)
            {
                Console.Error.WriteLine("--children must be at least 1 and --care-leavers at least 0.");
                return 1;
            }

            await using var provider = await CommonOptions.OpenAsync(parse, ct);
            using var scope = provider.CreateScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<CoParentDbContext>();
            if (await db.Children.AnyAsync(ct))
            {
                Console.Error.WriteLine("The database already holds children, so the demo council was not generated. Point --connection at a new database.");
                return 1;
            }

            var options = new DemoOptions(parse.GetValue(children), parse.GetValue(careLeavers), parse.GetValue(seed), date);
            var clock = services.GetRequiredService<TimeProvider>();
            var stopwatch = Stopwatch.StartNew();
            var progress = new ConsoleProgress(stopwatch);
            try
            {
                var result = await DemoCouncilGenerator.GenerateAsync(
                    db, services.GetRequiredService<UserManager<CoParentUser>>(), services.GetRequiredService<RoleManager<IdentityRole>>(),
                    options, services.GetRequiredService<IOptions<CouncilOptions>>().Value.Code, clock, progress, ct);
                Console.WriteLine($"Generated the demo council in {stopwatch.Elapsed.TotalSeconds:N1} seconds: {result.Children:N0} children in care, {result.CareLeavers:N0} care leavers, {result.Episodes:N0} episodes.");
                Console.WriteLine("Demo sign-ins (user name, password, role):");
                foreach (var user in result.Users)
                {
                    Console.WriteLine($"  {user.UserName,-16} {user.Password,-22} {user.Description}");
                }
                return 0;
            }
            catch (DemoCouncilException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        });

        var demo = new Command("demo", "Generate a fictional demo council");
        demo.Subcommands.Add(generate);
        demo.Subcommands.Add(CreateReturn());
        return demo;
    }

    /// <summary>
    /// <c>coparent demo 903 --children 84000 --out folder</c>: a whole SSDA903 return, and last year's in a
    /// <c>previous</c> folder beside it, generated without a database (national size for benchmarks).
    /// </summary>
    private static Command CreateReturn()
    {
        var defaults = new DemoReturnOptions();
        var children = new Option<int>("--children") { Description = "Children in care at 31 March", DefaultValueFactory = _ => defaults.Children };
        var seed = new Option<int>("--seed") { Description = "The same seed gives the same return", DefaultValueFactory = _ => defaults.Seed };
        var year = new Option<int>("--year") { Description = "The collection year, named by the year it ends", DefaultValueFactory = _ => defaults.Year };
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write the return's CSV files into", Required = true };
        var command = new Command("903", "Generate an SSDA903 return (and last year's) as CSV files, with no database");
        command.Options.Add(children);
        command.Options.Add(seed);
        command.Options.Add(year);
        command.Options.Add(output);
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(children) < 1)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("--children must be at least 1.");
                return 1;
            }
            var watch = Stopwatch.StartNew();
            var folder = parse.GetRequiredValue(output).FullName;
            var (current, previous) = DemoReturn.GenerateYears(
                new DemoReturnOptions(parse.GetValue(children), Seed: parse.GetValue(seed), Year: parse.GetValue(year)), CouncilOptions.DefaultCode);
            Ssda903Writer.Write(current, folder);
            Ssda903Writer.Write(previous, Path.Combine(folder, "previous"));
            var writer = parse.InvocationConfiguration.Output;
            await writer.WriteLineAsync($"Wrote the {current.Year.Label} return ({current.Children.Count:N0} children, {current.RowCount:N0} rows) to {folder}, and the {previous.Year.Label} return to {Path.Combine(folder, "previous")}, in {watch.Elapsed.TotalSeconds:N1} s.");
            foreach (var table in current.Tables)
            {
                await writer.WriteLineAsync($"  {table.Schema.FileName,-26} {table.Rows.Count,9:N0} rows");
            }
            return 0;
        });
        return command;
    }

    /// <summary>Plain lines, so that progress reads the same in a terminal, a log or CI.</summary>
    private sealed class ConsoleProgress(Stopwatch stopwatch) : IProgress<string>
    {
        public void Report(string value) => Console.WriteLine($"[{stopwatch.Elapsed:mm\\:ss}] {value}");
    }
}
