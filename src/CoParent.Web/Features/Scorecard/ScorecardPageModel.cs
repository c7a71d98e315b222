using CoParent.Core.Measures;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Dashboard;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DateInput = CoParent.Web.Features.Children.DateInput;

namespace CoParent.Web.Features.Scorecard;

/// <summary>
/// What the scorecard page and its print view share: the period asked for (an offered quarter or year, or dates of
/// the reader's own), the report, and the CSV and XLSX downloads with the same suppression as the page.
/// </summary>
[Authorize(Roles = ScorecardFeature.Readers)]
public abstract class ScorecardPageModel(ScorecardFigures figures, TimeProvider clock) : PeriodPageModel(clock)
{
    public ScorecardView? View { get; private set; }

    /// <summary>Councillors and administrators see aggregates only: suppressed, and never the children behind a figure.</summary>
    public bool Suppressed => User.SeesAggregatesOnly();

    protected abstract bool Print { get; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!TryChoosePeriod()) return Page();

        var report = await figures.ReportAsync(Chosen, ct);
        View = new ScorecardView(report, Suppressed, CanDrillDown: !Suppressed && ChildAccessPolicy.RecordRoles.Any(User.IsInRole), Print);
        if (TableDownload.Format(Request.Query["format"]) is { } format)
        {
            return TableDownload.File(View.Download($"scorecard-{AsAtDate.Iso(Chosen.From)}-to-{AsAtDate.Iso(Chosen.To)}"), format);
        }
        return Page();
    }

    /// <summary>The same scorecard elsewhere (the print view, or back): the query it was opened with, less any download format.</summary>
    public string SameQuery(string path)
    {
        var kept = Request.Query.Where(p => !string.Equals(p.Key, "format", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, kept);
    }
}
