using System.Globalization;
using System.Text;
using CoParent.Core.Measures;
using CoParent.Core.Strategy;
using CoParent.Web.Features.Shared;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Html;

namespace CoParent.Web.Features.Scorecard;

/// <summary>
/// How the scorecard reads for one reader: the same text on the page, the print view and the downloads, with every
/// figure (trend values too) suppressed for councillors and administrators, who see aggregates only.
/// </summary>
public sealed record ScorecardView(ScorecardReport Report, bool Suppressed, bool CanDrillDown, bool Print = false)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public ShownMeasure Show(ScorecardLine line) => MeasureTable.Show(line.AsResult(), Suppressed);

    public string Figure(ScorecardLine? line) => line is null ? "No figure" : MeasureTable.Figure(Show(line));

    public string? OutOf(ScorecardLine line) => MeasureTable.OutOf(Show(line));

    /// <summary>The number a trend point plots: none when it is suppressed or there was nothing to count.</summary>
    public decimal? Plotted(TrendPoint point) => point.Line is null ? null : Show(point.Line).Value is { Suppressed: false, Number: { } n } ? n : null;

    /// <summary>
    /// The children behind a figure, for a reader who may see them, when it counted anyone. The list is worked out when
    /// it is opened, from the records as they are then (a frozen figure keeps its number, not its children).
    /// </summary>
    public string? DrillDownUrl(ScorecardRow row) =>
        CanDrillDown && row.Line.Numerator > 0 ? MeasureTable.DrillDownUrl(row.Line.AsResult(), Report.Period) : null;

    public static string MeasureUrl(string measureId) => $"/strategy/measures/{Uri.EscapeDataString(measureId)}";

    public static string DeliveryPlanUrl(int outcome) => $"/delivery-plans?outcome={outcome}";

    /// <summary>A target or published figure in the measure's unit ("80%", "12", "334 days").</summary>
    public static string InUnit(decimal value, ScorecardLine line) =>
        MeasureTable.Figure(Suppression.None(line.AsResult() with { Value = value }));

    public static string Target(ScorecardLine line) => line.Target is not { } target ? "No target set"
        : InUnit(target, line) + (line.Tolerance is { } t && t != 0 ? $" (amber within {InUnit(Math.Abs(t), line)})" : "");

    public static string Comparison(Comparison? comparison, ScorecardLine line) =>
        comparison is null ? "Not published" : $"{InUnit(comparison.Value, line)} ({comparison.YearLabel})";

    public static string RagTagClass(RagRating rating) => rating switch
    {
        RagRating.Green => "govuk-tag govuk-tag--green",
        RagRating.Amber => "govuk-tag govuk-tag--yellow",
        RagRating.Red => "govuk-tag govuk-tag--red",
        _ => "govuk-tag govuk-tag--grey",
    };

    public static string ActionTagClass(ActionStatus status) => status switch
    {
        ActionStatus.OnTrack or ActionStatus.Complete => "govuk-tag govuk-tag--green",
        ActionStatus.AtRisk => "govuk-tag govuk-tag--yellow",
        ActionStatus.OffTrack => "govuk-tag govuk-tag--red",
        _ => "govuk-tag govuk-tag--grey",
    };

    public static string ActionCounts(OutcomeBlock block) => block.ActionCounts.Count == 0
        ? "No actions yet"
        : string.Join(", ", block.ActionCounts.Select(c => $"{c.Value} {DeliveryAction.Describe(c.Key).ToLowerInvariant()}"));

    /// <summary>A period's short name: "Jul to Sep 2026", "Apr 2025 to Mar 2026", or its first and last days.</summary>
    public static string PeriodLabel(MeasurePeriod period)
    {
        var end = period.To.AddDays(1);
        if (period.From.Day != 1 || end.Day != 1) return $"{period.From.ToString("d MMM yyyy", EnGb)} to {period.To.ToString("d MMM yyyy", EnGb)}";
        if (period.From.Month == period.To.Month && period.From.Year == period.To.Year) return period.From.ToString("MMMM yyyy", EnGb);
        return period.From.Year == period.To.Year
            ? $"{period.From.ToString("MMMM", EnGb)} to {period.To.ToString("MMMM yyyy", EnGb)}"
            : $"{period.From.ToString("MMMM yyyy", EnGb)} to {period.To.ToString("MMMM yyyy", EnGb)}";
    }

    /// <summary>
    /// A small line chart of the trend, drawn on the server. It is hidden from screen readers and says nothing on its
    /// own: the trend table beside it carries the figures, and a suppressed or missing period is a gap in the line.
    /// </summary>
    public IHtmlContent Sparkline(ScorecardRow row)
    {
        const int width = 120, height = 32, pad = 4;
        var values = row.Trend.Select(Plotted).ToList();
        var known = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        var svg = new StringBuilder($"<svg class=\"coparent-sparkline\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" aria-hidden=\"true\" focusable=\"false\">");
        if (known.Count > 0)
        {
            var (min, max) = (known.Min(), known.Max());
            var step = values.Count > 1 ? (width - 2.0 * pad) / (values.Count - 1) : 0;
            string X(int i) => (pad + i * step).ToString("0.#", CultureInfo.InvariantCulture);
            string Y(decimal v) => (max == min ? height / 2.0 : height - pad - (double)((v - min) / (max - min)) * (height - 2.0 * pad)).ToString("0.#", CultureInfo.InvariantCulture);
            var run = new List<string>();
            void Flush()
            {
                if (run.Count > 1) svg.Append($"<polyline points=\"{string.Join(' ', run)}\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/>");
                run.Clear();
            }
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] is not { } v)
                {
                    Flush();
                    continue;
                }
                run.Add($"{X(i)},{Y(v)}");
                // The chosen period is the last point, drawn larger so it reads without colour.
                svg.Append($"<circle cx=\"{X(i)}\" cy=\"{Y(v)}\" r=\"{(i == values.Count - 1 ? 4 : 2)}\" fill=\"currentColor\"/>");
            }
            Flush();
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The download's columns: the page's, with one column for each trend period.</summary>
    public IReadOnlyList<string> DownloadHeaders =>
    [
        "Priority", "Outcome", "Pledge promise", "Measure id", "Measure", "Figure", "Worked out from", "Target", "Rating",
        .. Report.TrendPeriods.Select(p => "Trend: " + PeriodLabel(p)),
        "England", "Statistical neighbours", "Related actions",
    ];

    public DownloadTable Download(string fileName) => new(fileName, DownloadHeaders, Report.Rows.Select(r =>
        (IReadOnlyList<string?>)
        [
            r.Group.Heading, $"Outcome {r.Block.Outcome.Number}: {r.Block.Outcome.Title}",
            r.Block.Promise is { } promise ? $"Promise {promise.Number}: {promise.Title}" : null,
            r.Row.Line.MeasureId, r.Row.Line.Name, Figure(r.Row.Line), OutOf(r.Row.Line), Target(r.Row.Line), Rag.Describe(r.Row.Line.Rag),
            .. r.Row.Trend.Select(p => Figure(p.Line)),
            Comparison(r.Row.England, r.Row.Line), Comparison(r.Row.Neighbours, r.Row.Line),
            string.Join("; ", r.Row.Actions.Select(a => $"{a.Title} ({DeliveryAction.Describe(a.Status)})")),
        ]).ToList());
}
