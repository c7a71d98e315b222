using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CoParent.Core.Measures;
using CoParent.Core.Strategy;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Cli.Commands;

/// <summary>
/// <c>coparent scorecard show --period q-2026-07|y-2026 [--revision N] [--json]</c>: a frozen scorecard as the
/// Panel was given it, unsuppressed (an operator's tool), and every revision of the period with its reason.
/// </summary>
public static class ScorecardCommands
{
    private static readonly JsonSerializerOptions Indented = new(StrategyDocument.Json) { WriteIndented = true };

    public static Command Create()
    {
        var scorecard = new Command("scorecard", "The Panel's scorecards frozen at the end of each period");
        scorecard.Subcommands.Add(CreateShow());
        return scorecard;
    }

    private static Command CreateShow()
    {
        var period = new Option<string>("--period") { Description = "A quarter by its first month (q-2026-07) or a year to 31 March by its end (y-2026)", Required = true };
        var revision = new Option<int?>("--revision") { Description = "Which revision (default the newest)" };
        var json = new Option<bool>("--json") { Description = "Print the frozen lines as JSON, as they are stored" };
        var show = new Command("show", "A period's frozen scorecard and its revisions");
        show.Options.Add(period);
        show.Options.Add(revision);
        show.Options.Add(json);
        show.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (ParsePeriod(parse.GetValue(period)) is not { } chosen)
            {
                await error.WriteLineAsync($"--period must be a quarter like q-2026-07 (its first month: 01, 04, 07 or 10) or a year to 31 March like y-2026 (not \"{parse.GetValue(period)}\").");
                return 2;
            }
            await using var provider = await CommonOptions.OpenAsync(parse, ct);
            using var scope = provider.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CoParentDbContext>();
            var revisions = await db.ScorecardSnapshots.AsNoTracking()
                .Where(s => s.PeriodFrom == chosen.From && s.PeriodTo == chosen.To).OrderBy(s => s.Revision).ToListAsync(ct);
            var wanted = parse.GetValue(revision);
            var snapshot = wanted is null ? revisions.LastOrDefault() : revisions.FirstOrDefault(r => r.Revision == wanted);
            if (snapshot is null)
            {
                await error.WriteLineAsync(revisions.Count == 0
                    ? $"The scorecard for {chosen} has not been frozen."
                    : $"The scorecard for {chosen} has no revision {wanted}; it has revisions 1 to {revisions[^1].Revision}.");
                return 1;
            }
            var lines = JsonSerializer.Deserialize<List<ScorecardLine>>(snapshot.Json, StrategyDocument.Json) ?? [];
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(lines, Indented));
                return 0;
            }
            await output.WriteLineAsync($"Scorecard for {chosen}, revision {snapshot.Revision} of {revisions[^1].Revision}");
            foreach (var r in revisions)
            {
                await output.WriteLineAsync($"  Revision {r.Revision}: {r.TakenAtUtc:yyyy-MM-dd HH:mm} UTC by {r.TakenBy}: {r.Reason}");
            }
            var width = lines.Count == 0 ? 2 : lines.Max(l => l.MeasureId.Length);
            await output.WriteLineAsync($"{"ID".PadRight(width)}  {"Value",10}  {"Numerator",9}  {"Denominator",11}  {"Target",8}  Rating");
            foreach (var l in lines)
            {
                await output.WriteLineAsync($"{l.MeasureId.PadRight(width)}  {Suppression.None(l.AsResult()).Value,10}  {l.Numerator,9}  {l.Denominator,11}  {l.Target?.ToString("0.##", CultureInfo.InvariantCulture),8}  {l.Rag}");
            }
            return 0;
        });
        return show;
    }

    /// <summary>The period keys the web pages use: <c>q-2026-07</c> (the quarter starting July 2026), <c>y-2026</c> (April 2025 to March 2026).</summary>
    public static MeasurePeriod? ParsePeriod(string? key)
    {
        var parts = (key ?? "").Trim().ToLowerInvariant().Split('-');
        if (parts is ["q", var y, var m] && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var month) && year is >= 2000 and <= 2100 && month is 1 or 4 or 7 or 10)
        {
            return MeasurePeriod.QuarterContaining(new DateOnly(year, month, 1));
        }
        if (parts is ["y", var end] && int.TryParse(end, NumberStyles.None, CultureInfo.InvariantCulture, out var endYear) && endYear is >= 2000 and <= 2100)
        {
            return MeasurePeriod.YearToMarch(endYear);
        }
        return null;
    }
}
