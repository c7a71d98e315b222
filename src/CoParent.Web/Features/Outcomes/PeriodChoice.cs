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

    /// <summary>
    /// The period a page asked for: From and To when either is given (each validated into <paramref name="state"/>
    /// under "From" and "To"), otherwise the offered choice named by <paramref name="key"/> or the default. Null when
    /// the dates are wrong: the page then answers 400 with the errors. <paramref name="key"/> comes back as the choice
    /// shown (null for dates of the reader's own).
    /// </summary>
    public static MeasurePeriod? Resolve(
        DateOnly today, ref string? key, Children.DateInput from, Children.DateInput to,
        Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state)
    {
        if (from.IsEmpty && to.IsEmpty)
        {
            var requested = key;
            var choice = Offered(today).FirstOrDefault(c => c.Key == requested) ?? Default(today);
            key = choice.Key;
            return choice.Period;
        }
        var first = from.Validate(state, "From", "the first day of the period");
        var last = to.Validate(state, "To", "the last day of the period");
        if (first is not null && last is not null && last < first) state.AddModelError("To", OrderMessage);
        if (first is null || last is null || !state.IsValid) return null;
        key = null;
        return new MeasurePeriod(first.Value, last.Value);
    }

    public const string OrderMessage = "The end date must be on or after the start date";

    public static string Describe(MeasurePeriod period) =>
        $"{period.From.ToString("d MMMM yyyy", EnGb)} to {period.To.ToString("d MMMM yyyy", EnGb)}";
}
