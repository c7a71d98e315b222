using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation;
using CoParent.Data;
using CoParent.Data.Ssda903;
using CoParent.Data.Ssda903.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoParent.Cli.Commands;

/// <summary>
/// <c>coparent 903 validate &lt;files or folders&gt; --year 2027 [--previous ...] [--providers list.csv] [--json]</c>:
/// reads a return, works out the derived postcode fields from the bundled directory and runs the year's DfE
/// rules, with no database. Exit code 0 when clean, 1 when rules flag rows, 2 when the files cannot be read.
/// Output names children only by their CHILD identifier.
/// </summary>
public static class Ssda903ValidateCommand
{
    public const int Clean = 0;
    public const int HasErrors = 1;
    public const int CannotRead = 2;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static readonly Lazy<PostcodeDirectory> BundledPostcodes = new(PostcodeDirectory.LoadBundled);

    /// <summary>The <c>903</c> command group: everything about the DfE's SSDA903 return.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "The return's CSV files (or its XML file), or folders holding them",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var year = new Option<int?>("--year") { Description = "The collection year, named by the year it ends: 2027 is 2026/27" };
        var previous = new Option<string[]>("--previous")
        {
            Description = "Last year's return (files or folders), for the rules that compare with it",
            AllowMultipleArgumentsPerToken = true,
        };
        var providers = new Option<string?>("--providers") { Description = "Ofsted's provider list as CSV, for the URN rules" };
        var json = new Option<bool>("--json") { Description = "Print every error as JSON" };

        var command = new Command("validate", "Check a return against the DfE's validation rules for its year");
        command.Arguments.Add(files);
        command.Options.Add(year);
        command.Options.Add(previous);
        command.Options.Add(providers);
        command.Options.Add(json);
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var paths = parse.GetValue(files) ?? [];
            if (paths.Length == 0)
            {
                await error.WriteLineAsync("Give the return's files or a folder holding them, for example: coparent 903 validate ./return --year 2027");
                return CannotRead;
            }
            if (parse.GetValue(year) is not { } y || y < 2000 || y > 2100)
            {
                await error.WriteLineAsync("Give the collection year with --year, named by the year it ends: --year 2027 is 2026/27.");
                return CannotRead;
            }

            var councilCode = CouncilCode(parse);
            var run = Run(new CollectionYear(y), paths, parse.GetValue(previous) ?? [], parse.GetValue(providers), councilCode, ct);
            if (parse.GetValue(json)) await output.WriteLineAsync(JsonSerializer.Serialize(run.ToJson(), Json));
            else run.WriteText(output, error);
            return run.ExitCode;
        });
        return command;
    }

    private static string CouncilCode(ParseResult parse)
    {
        // The configured council (Council:Code) without opening the database: this command needs none.
        using var provider = CliHost.Build(parse.GetValue(CommonOptions.Connection));
        return provider.GetRequiredService<IOptions<CouncilOptions>>().Value.Code;
    }

    internal static ValidateRun Run(CollectionYear year, IReadOnlyList<string> paths, IReadOnlyList<string> previousPaths, string? providersPath, string councilCode, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        // Two cores at least: last year's return and the postcode directory load while this year's is read.
        var postcodesLoading = Task.Run(() => BundledPostcodes.Value, ct);
        var previousReading = previousPaths.Count > 0 ? Task.Run(() => Ssda903Reader.Read(previousPaths, year.Previous, progress: null, ct), ct) : null;
        var current = Ssda903Reader.Read(paths, year, progress: null, ct);
        var previous = previousReading?.GetAwaiter().GetResult();
        var problems = current.Problems.Select(p => (LastYear: false, Problem: p))
            .Concat((previous?.Problems ?? []).Select(p => (LastYear: true, Problem: p)))
            .ToList();

        OfstedProviderList? providerList = null;
        if (providersPath is not null)
        {
            try
            {
                providerList = OfstedProviderList.Load(providersPath);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                problems.Add((false, new ReadProblem(Path.GetFileName(providersPath), null, null, $"The Ofsted provider list could not be read: {ex.Message}")));
            }
        }
        var readTime = clock.Elapsed;
        if (problems.Count > 0) return new ValidateRun(year, current.Return, problems, null, readTime, TimeSpan.Zero);

        var postcodes = postcodesLoading.GetAwaiter().GetResult();
        postcodes.Derive(current.Return, councilCode);
        if (previous is not null) postcodes.Derive(previous.Return, councilCode);
        var context = new RuleContext(current.Return, councilCode) { Previous = previous?.Return, Providers = providerList };
        clock.Restart();
        var report = ReturnValidator.Validate(context);
        return new ValidateRun(year, current.Return, problems, report, readTime, clock.Elapsed);
    }

    internal sealed record ValidateRun(
        CollectionYear Year, Ssda903Return Return, IReadOnlyList<(bool LastYear, ReadProblem Problem)> Problems,
        ValidationReport? Report, TimeSpan ReadTime, TimeSpan ValidateTime)
    {
        public int ExitCode => Problems.Count > 0 ? CannotRead : Report!.IsClean ? Clean : HasErrors;

        public object ToJson()
        {
            if (Report is null)
            {
                return new
                {
                    year = Year.Label,
                    problems = Problems.Select(p => new
                    {
                        file = p.Problem.File,
                        lastYear = p.LastYear,
                        row = p.Problem.Row,
                        column = p.Problem.Column,
                        message = p.Problem.Message,
                    }),
                };
            }
            var messages = Report.RulesRun.ToDictionary(r => r.Code, r => r.Message);
            return new
            {
                year = Year.Label,
                clean = Report.IsClean,
                errors = Report.Errors.Select(e => new
                {
                    rule = e.Rule,
                    message = messages.GetValueOrDefault(e.Rule),
                    table = e.Table.ToString(),
                    file = Return.Table(e.Table)?.File ?? TableSchemas.For(e.Table).FileName,
                    row = e.Row,
                    fields = e.Fields,
                    child = e.Child,
                }),
                rulesNotRun = Report.RulesNotRun.Select(n => new { rule = n.Rule.Code, message = n.Rule.Message, reason = n.Reason }),
                summary = new
                {
                    errors = Report.Errors.Count,
                    rulesRun = Report.RulesRun.Count,
                    rulesNotRun = Report.RulesNotRun.Count,
                    children = Return.Children.Count,
                    rows = Return.RowCount,
                    seconds = Math.Round((ReadTime + ValidateTime).TotalSeconds, 2),
                },
            };
        }

        private static string Plural(int count, string noun) => $"{count:N0} {noun}{(count == 1 ? "" : "s")}";

        public void WriteText(TextWriter output, TextWriter error)
        {
            if (Report is null)
            {
                error.WriteLine($"The files could not be read ({Plural(Problems.Count, "problem")}); nothing was validated.");
                foreach (var (lastYear, problem) in Problems)
                {
                    error.WriteLine($"  {(lastYear ? "[last year] " : "")}{problem}");
                }
                return;
            }

            output.WriteLine($"SSDA903 {Year.Label}: {Plural(Return.Tables.Count(), "table")}, {Plural(Return.RowCount, "row")}, {Return.Children.Count:N0} children.");
            var byRule = Report.ByRule();
            if (byRule.Count > 0)
            {
                output.WriteLine();
                output.WriteLine("Errors by rule:");
                output.WriteLine($"  {"Rule",-10} {"Rows",8} {"Children",9}  Message");
                foreach (var rule in byRule)
                {
                    output.WriteLine($"  {rule.Rule.Code,-10} {rule.Rows,8:N0} {rule.Children,9:N0}  {rule.Rule.Message}");
                }
            }
            if (Report.RulesNotRun.Count > 0)
            {
                output.WriteLine();
                output.WriteLine($"Rules that could not run ({Report.RulesNotRun.Count}):");
                // One line per reason: a missing table stops dozens of rules for the same cause.
                foreach (var reason in Report.RulesNotRun.GroupBy(n => n.Reason).OrderByDescending(g => g.Count()))
                {
                    output.WriteLine($"  {reason.Key}");
                    output.WriteLine($"    {string.Join(" ", reason.Select(n => n.Rule.Code).Order(StringComparer.Ordinal))}");
                }
            }
            output.WriteLine();
            var verdict = Report.IsClean ? "No errors" : $"{Plural(Report.Errors.Count, "error")} from {Plural(byRule.Count, "rule")}";
            output.WriteLine($"{verdict}; {Plural(Report.RulesRun.Count, "rule")} run, {Report.RulesNotRun.Count} not run; read in {ReadTime.TotalSeconds:0.00} s, validated in {ValidateTime.TotalSeconds:0.00} s.");
        }
    }
}
