using CoParent.Core.Children;
using CoParent.Core.Audit;
using CoParent.Core.Measures;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Dashboard;

/// <summary>
/// The children behind one dashboard figure, limited to those the user may see (issue 3 §3): the figure
/// counts every child, the list shows only the user's own. Councillors see aggregates only, so never this.
/// </summary>
public sealed class ChildrenModel(DashboardMeasures measures, OutcomeFigures outcomes, ChildAccessPolicy policy, AuditLog audit) : PageModel
{
    public const int PageSize = 100;

    public sealed record Row(int Id, string Name, string PersonId, DateOnly DateOfBirth);

    public MeasureResult Measure { get; private set; } = null!;
    public DateOnly AsAt { get; private set; }

    /// <summary>Set when the figure is one of the Outcomes page's, for a period rather than a date.</summary>
    public MeasurePeriod? Period { get; private set; }
    public int Total { get; private set; }
    public int Visible { get; private set; }
    public int PageNumber { get; private set; }
    public int PageCount => Children.Pagination.PagesFor(Visible, PageSize);
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? measure, string? asAt, string? from, string? to, int pageNumber = 1, CancellationToken ct = default)
    {
        if (User.SeesAggregatesOnly() || !ChildAccessPolicy.RecordRoles.Any(User.IsInRole))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        MeasureResult? found;
        if (from is not null || to is not null)
        {
            if (!AsAtDate.TryParseIso(from, out var first) || !AsAtDate.TryParseIso(to, out var last) || last < first) return BadRequest();
            Period = new MeasurePeriod(first, last);
            AsAt = last;
            found = measure is null ? null : (await outcomes.CalculateAsync(Period.Value, ct)).Find(measure);
        }
        else
        {
            if (!AsAtDate.TryParseIso(asAt, out var date)) return BadRequest();
            AsAt = date;
            found = measure is null ? null : (await measures.CalculateAsync(date, ct)).Find(measure);
        }
        if (found is null)
        {
            return NotFound();
        }

        Measure = found;
        Total = found.ChildIds.Count;
        // One array parameter, not one parameter per child: a figure can be about every child in care.
        var ids = found.ChildIds.ToArray();
        var visible = policy.VisibleChildren(User).Where(c => EF.Parameter(ids).Contains(c.Id));
        Visible = await visible.CountAsync(ct);
        PageNumber = Math.Clamp(pageNumber, 1, PageCount);
        // A download is every child the user may see, not one page of them.
        var format = TableDownload.Format(Request.Query["format"]);
        var (skip, take) = format is null ? ((PageNumber - 1) * PageSize, PageSize) : (0, Math.Max(1, Visible));
        Rows = await visible
            .OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.Id)
            .Skip(skip).Take(take)
            .Select(c => new Row(c.Id, Child.NameToShow(c.GivenName, c.FamilyName, c.PreferredName, c.PersonId), c.PersonId, c.DateOfBirth))
            .ToListAsync(ct);

        if (Rows.Count > 0)
        {
            await audit.RecordManyAsync("dashboard.drilldown", AuditOutcome.Allowed, User.Id(), User.UserName(),
                Rows.Select(r => (int?)r.Id), $"GET {Request.Path}{Request.QueryString}", ct);
        }
        if (format is not null)
        {
            return TableDownload.File(new DownloadTable($"children-{Measure.Id}", ["Name", "Person ID", "Date of birth"],
                Rows.Select(r => (IReadOnlyList<string?>)[r.Name, r.PersonId, r.DateOfBirth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]).ToList()), format);
        }
        return Page();
    }

    public string PageUrl(int page) => Period is { } period
        ? $"/dashboard/children?measure={Uri.EscapeDataString(Measure.Id)}&from={AsAtDate.Iso(period.From)}&to={AsAtDate.Iso(period.To)}&pageNumber={page}"
        : $"/dashboard/children?measure={Uri.EscapeDataString(Measure.Id)}&asAt={AsAtDate.Iso(AsAt)}&pageNumber={page}";
}
