using CoParent.Core.Measures;
using CoParent.Web.Features.Dashboard;
using CoParent.Web.Features.Outcomes;

namespace CoParent.Web.Features.Shared;

/// <summary>
/// One section's figures as <c>_MeasureTable.cshtml</c> shows them, shared by "Our Outcomes" and the Virtual School
/// Head's page: suppressed for councillors, with a link to the children behind a figure for roles that may see records.
/// </summary>
public sealed record MeasureTable(OutcomeSection Section, MeasurePeriod Period, bool Suppressed, bool CanDrillDown, string? Caption = null)
{
    public string Slug => System.Text.RegularExpressions.Regex.Replace(Section.Title.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');

    public ShownMeasure Show(MeasureResult measure) => Show(measure, Suppressed);

    public static ShownMeasure Show(MeasureResult measure, bool suppressed) => suppressed ? Suppression.Apply(measure) : Suppression.None(measure);

    public string DrillDownUrl(MeasureResult measure) => DrillDownUrl(measure, Period);

    public static string DrillDownUrl(MeasureResult measure, MeasurePeriod period) =>
        $"/dashboard/children?measure={Uri.EscapeDataString(measure.Id)}&from={AsAtDate.Iso(period.From)}&to={AsAtDate.Iso(period.To)}";

    /// <summary>The figure as a person reads it: "85.2%", "12", "334 days", "£9,200", or "c".</summary>
    public static string Figure(ShownMeasure shown)
    {
        if (shown.Value.Suppressed) return Suppression.Symbol;
        if (shown.Value.Number is null) return "No one to count";
        return shown.Measure.Unit switch
        {
            MeasureUnits.Percent => $"{shown.Value}%",
            MeasureUnits.Children or MeasureUnits.AverageScore => shown.Value.ToString(),
            MeasureUnits.Pounds => "£" + shown.Value.Number.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            _ => $"{shown.Value} {shown.Measure.Unit}",
        };
    }

    /// <summary>What a figure was worked out from, when it is a share of something.</summary>
    public static string? OutOf(ShownMeasure shown) =>
        shown.Measure.Denominator == 0 || shown.Value.Number is null && !shown.Value.Suppressed
            ? null
            : shown.Measure.Unit == MeasureUnits.Percent ? $"{shown.Numerator} of {shown.Denominator}" : $"from {shown.Denominator}";

    /// <summary>A section's figures as download rows: the same text the table shows, suppression included.</summary>
    public static IEnumerable<IReadOnlyList<string?>> DownloadRows(OutcomeSection section, bool suppressed) =>
        section.Measures.Select(m =>
        {
            var shown = Show(m, suppressed);
            return (IReadOnlyList<string?>)[section.Title, m.Name, Figure(shown), OutOf(shown), m.Definition];
        });

    public static readonly IReadOnlyList<string> DownloadHeaders = ["Section", "Measure", "Figure", "Worked out from", "How this is worked out"];
}
