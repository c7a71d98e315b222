using CoParent.Core.Access;
using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Data.Strategy;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Attainment;

/// <summary>The published figures attainment is compared with, and a CSV upload to add or correct them (Virtual School Head and managers).</summary>
public sealed class ComparisonsModel(CoParentDbContext db, AuditLog audit) : PageModel
{
    public IReadOnlyList<ComparisonFigure> Figures { get; private set; } = [];
    public ComparisonFigureImporter.Result? Imported { get; private set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    private bool Allowed => User.IsInRole(Roles.VirtualSchoolHead) || User.IsInRole(Roles.Manager);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Allowed) return StatusCode(StatusCodes.Status403Forbidden);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Allowed) return StatusCode(StatusCodes.Status403Forbidden);
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Select a CSV file of comparison figures");
        }
        else
        {
            await using var stream = Upload.OpenReadStream();
            Imported = await ComparisonFigureImporter.ImportAsync(db, stream, ct);
            if (!Imported.Succeeded) ModelState.AddModelError(nameof(Upload), $"The file has {Imported.Errors.Count} wrong {(Imported.Errors.Count == 1 ? "row" : "rows")}, so nothing was imported: correct them and upload it again");
            else await audit.RecordAsync("attainment.comparisons.import", AuditOutcome.Allowed, User.Id(), User.UserName(), null, $"POST {Request.Path}", ct);
        }
        if (!ModelState.IsValid) Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Figures = await db.ComparisonFigures.AsNoTracking().OrderByDescending(c => c.AcademicYear).ThenBy(c => c.MeasureId).ThenBy(c => c.Area).ToListAsync(ct);
}
