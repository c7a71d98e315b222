using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CoParent.Core.Measures;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoParent.Cli.Commands;

/// <summary>
/// <c>coparent measures --as-at 2026-03-31 [--json]</c>: the dashboard's measures, unsuppressed (an operator's
/// tool), as a table or in the same JSON shape as <c>GET /api/measures</c>.
/// </summary>
public static class MeasuresCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var asAt = new Option<string?>("--as-at") { Description = "The date to work the measures out for, YYYY-MM-DD (default today)" };
        var json = new Option<bool>("--json") { Description = "Print JSON in the same shape as GET /api/measures" };
        var command = new Command("measures", "The dashboard's measures as at a date");
        command.Options.Add(asAt);
        command.Options.Add(json);
        command.SetAction(async (parse, ct) =>
        {
            // Written through the invocation's writers (the console by default), so tests can read the output.
            var output = parse.InvocationConfiguration.Output;
            var text = parse.GetValue(asAt);
            DateOnly? given = null;
            if (!string.IsNullOrWhiteSpace(text))
            {
                if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"--as-at must be a real date in the form YYYY-MM-DD, for example 2026-03-31 (not \"{text}\").");
                    return 2;
                }
                given = parsed;
            }

            await using var provider = await CommonOptions.OpenAsync(parse, ct);
            var date = given ?? DateOnly.FromDateTime(provider.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
            var set = await CalculateAsync(provider, date, ct);
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(MeasuresResponse.From(set, suppress: false), Json));
            }
            else
            {
                WriteTable(set, output);
            }
            return 0;
        });
        return command;
    }

    public static async Task<MeasureSet> CalculateAsync(IServiceProvider provider, DateOnly asAt, CancellationToken ct)
    {
        using var scope = provider.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoParentDbContext>();
        var population = scope.ServiceProvider.GetRequiredService<IOptions<CouncilOptions>>().Value.Under18Population;
        var histories = await db.Children.AsNoTracking().InCareOn(db.CareEpisodes, asAt).ToListAsync(ct);
        return ChildrenInCareMeasures.Calculate(histories, asAt, population);
    }

    private static void WriteTable(MeasureSet set, TextWriter output)
    {
        output.WriteLine($"Measures as at {set.AsAt:yyyy-MM-dd}");
        var width = set.Measures.Max(m => m.Id.Length);
        output.WriteLine($"{"ID".PadRight(width)}  {"Value",10}  {"Numerator",9}  {"Denominator",11}  Unit        Name");
        foreach (var m in set.Measures)
        {
            var shown = Suppression.None(m);
            output.WriteLine($"{m.Id.PadRight(width)}  {shown.Value,10}  {m.Numerator,9}  {m.Denominator,11}  {m.Unit,-10}  {m.Name}");
        }
    }
}
