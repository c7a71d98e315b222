using System.Globalization;
using CoParent.Core.Audit;
using CoParent.Data;
using CoParent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Audit;

/// <summary>Who has looked at or changed one child's record: for managers and team managers who may see the child.</summary>
[Authorize(Policy = Policies.ChildRecords)]
[Authorize(Policy = Policies.Audit)]
public sealed class ChildAuditModel(CoParentDbContext db) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(DateTime AtUtc, string? UserName, string Action, AuditOutcome Outcome, string? Channel);

    [BindProperty(SupportsGet = true, Name = "pageNumber")] public int PageNumber { get; set; } = 1;

    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Pages { get; private set; } = 1;
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        var name = await db.ChildNameAsync(childId, ct);
        if (name is null) return NotFound();
        ChildId = childId;
        ChildName = name;

        var entries = db.AuditEntries.AsNoTracking().Where(a => a.ChildId == childId);
        Total = await entries.CountAsync(ct);
        Pages = Pagination.PagesFor(Total, PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = await entries.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => new Row(a.AtUtc, a.UserName, a.Action, a.Outcome, a.Channel))
            .ToListAsync(ct);
        return Page();
    }

    public string PageUrl(int page) => $"/children/{ChildId}/audit?pageNumber={page.ToString(CultureInfo.InvariantCulture)}";

    public static string Describe(string action) => action switch
    {
        _ when action.StartsWith("child.read:", StringComparison.Ordinal) => $"Looked at ({action["child.read:".Length..]})",
        _ when action.StartsWith("child.write:", StringComparison.Ordinal) => $"Changed or opened to change ({action["child.write:".Length..]})",
        "child.create" => "Added the child",
        "child.update" => "Changed the child's details",
        _ when action.StartsWith("episode.", StringComparison.Ordinal) => $"Recorded a change ({action["episode.".Length..]})",
        "allocation.social-worker" => "Changed the social worker",
        "allocation.iro" => "Changed the independent reviewing officer",
        "dashboard.drilldown" => "Saw the child listed behind a dashboard figure",
        _ => action,
    };
}
