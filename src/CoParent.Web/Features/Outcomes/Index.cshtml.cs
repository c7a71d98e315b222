using CoParent.Core.Measures;
using CoParent.Web.Features.Access;

using CoParent.Web.Features.Dashboard;
using CoParent.Web.Features.Shared;
using CoParent.Web.Infrastructure.Downloads;
using DateInput = CoParent.Web.Features.Children.DateInput;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Outcomes;

/// <summary>
/// "Our Outcomes": every measure the records can give for the strategy's seven Outcomes, for a period the reader
/// picks. Councillors see aggregates with small numbers suppressed; record roles can see the children behind a figure.
/// </summary>
public sealed class IndexModel(OutcomeFigures figures, TimeProvider clock) : PeriodPageModel(clock)
{
    public const string OrderMessage = PeriodChoice.OrderMessage;

    public OutcomeReport? Report { get; private set; }
    public bool Suppressed { get; private set; }
    public bool CanDrillDown => !User.SeesAggregatesOnly();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!TryChoosePeriod()) return Page();

        Suppressed = User.SeesAggregatesOnly();
        Report = await figures.CalculateAsync(Chosen, ct);
        if (TableDownload.Format(Request.Query["format"]) is { } format)
        {
            return TableDownload.File(Download(Report, Suppressed, $"outcomes-{AsAtDate.Iso(Chosen.From)}-to-{AsAtDate.Iso(Chosen.To)}"), format);
        }
        return Page();
    }

    /// <summary>A section's figures for the shared table partial.</summary>
    public MeasureTable Table(OutcomeSection section) => new(section, Chosen, Suppressed, CanDrillDown, OutcomeLabel(section.Outcomes));

    /// <summary>The figures as a download: the rows the page shows, suppressed for councillors in the same way.</summary>
    public static DownloadTable Download(OutcomeReport report, bool suppressed, string fileName) => new(
        fileName, MeasureTable.DownloadHeaders, report.Sections.SelectMany(s => MeasureTable.DownloadRows(s, suppressed)).ToList());

    public static string OutcomeLabel(IReadOnlyList<int> outcomes) =>
        (outcomes.Count == 1 ? "Outcome " : "Outcomes ") + string.Join(", ", outcomes);
}
