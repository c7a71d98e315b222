using System.Globalization;
using CoParent.Core.Measures;

namespace CoParent.Web.Features.Outcomes;

/// <summary>
/// The periods offered on the Outcomes page: the last eight calendar quarters and the last four years to 31 March,
/// each with a short key for the address (<c>q-2026-07</c>, <c>y-2026</c>). Any other dates come as from/to.
/// </summary>
public sealed record PeriodChoice(string Key, string Label, MeasurePeriod Period)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static IReadOnlyList<PeriodChoice> Offered(DateOnly today)
    {
        var choices = new List<PeriodChoice>();
        var quarter = MeasurePeriod.QuarterContaining(today);
        for (var i = 0; i < 8; i++)
        {
            var label = $"{quarter.From.ToString("MMMM", EnGb)} to {quarter.To.ToString("MMMM yyyy", EnGb)}" + (i == 0 ? " (so far)" : "");
            choices.Add(new PeriodChoice($"q-{quarter.From:yyyy-MM}", label, quarter));
            quarter = quarter.Previous();
        }
        var year = MeasurePeriod.YearToMarchContaining(today);
        for (var i = 0; i < 4; i++)
        {
            var label = $"April {year.From.Year} to March {year.To.Year}" + (i == 0 ? " (so far)" : "");
            choices.Add(new PeriodChoice($"y-{year.To.Year}", label, year));
            year = year.Previous();
        }
        return choices;
    }

    /// <summary>What the Panel reads by default: the last complete quarter.</summary>
    public static PeriodChoice Default(DateOnly today) => Offered(today)[1];

    public static string Describe(MeasurePeriod period) =>
        $"{period.From.ToString("d MMMM yyyy", EnGb)} to {period.To.ToString("d MMMM yyyy", EnGb)}";
}
