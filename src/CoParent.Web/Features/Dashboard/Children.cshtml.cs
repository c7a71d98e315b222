using CoParent.Core.Children;
using CoParent.Core.Audit;
using CoParent.Core.Measures;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Dashboard;

/// <summary>
/// The children behind one dashboard figure, limited to those the user may see (issue 3 §3): the figure
/// counts every child, the list shows only the user's own. Councillors see aggregates only, so never this.
/// </summary>
public sealed class ChildrenModel(DashboardMeasures measures, ChildAccessPolicy policy, AuditLog audit) : PageModel
{
    public const int PageSize = 100;

    public sealed record Row(int Id, string Name, string PersonId, DateOnly DateOfBirth);

    public MeasureResult Measure { get; private set; } = null!;
    public DateOnly AsAt { get; private set; }
    public int Total { get; private set; }
    public int Visible { get; private set; }
    public int PageNumber { get; private set; }
    public int PageCount => Math.Max(1, (Visible + PageSize - 1) / PageSize);
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? measure, string? asAt, int page = 1, CancellationToken ct = default)
    {
        if (User.SeesAggregatesOnly() || !ChildAccessPolicy.RecordRoles.Any(User.IsInRole))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (!AsAtDate.TryParseIso(asAt, out var date))
        {
            return BadRequest();
        }
        var set = await measures.CalculateAsync(date, ct);
        if (measure is null || set.Find(measure) is not { } found)
        {
            return NotFound();
        }

        Measure = found;
        AsAt = date;
        Total = found.ChildIds.Count;
        // One array parameter, not one parameter per child: a figure can be about every child in care.
        var ids = found.ChildIds.ToArray();
        var visible = policy.VisibleChildren(User).Where(c => EF.Parameter(ids).Contains(c.Id));
        Visible = await visible.CountAsync(ct);
        PageNumber = Math.Clamp(page, 1, PageCount);
        Rows = await visible
            .OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(c => new Row(c.Id, Child.NameToShow(c.GivenName, c.FamilyName, c.PreferredName, c.PersonId), c.PersonId, c.DateOfBirth))
            .ToListAsync(ct);

        if (Rows.Count > 0)
        {
            await audit.RecordManyAsync("dashboard.drilldown", AuditOutcome.Allowed, User.Id(), User.UserName(),
                Rows.Select(r => (int?)r.Id), $"GET /dashboard/children?measure={found.Id}&asAt={AsAtDate.Iso(date)}", ct);
        }
        return Page();
    }

    public string PageUrl(int page) =>
        $"/dashboard/children?measure={Uri.EscapeDataString(Measure.Id)}&asAt={AsAtDate.Iso(AsAt)}&page={page}";
}
