using CoParent.Core.Access;
using CoParent.Core.Audit;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Data.Education;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.VirtualSchool;

/// <summary>Uploads a CSV of establishments: all or nothing, matched on URN.</summary>
[Authorize(Roles = Importers)]
[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
public sealed class SchoolsImportModel(CoParentDbContext db, AuditLog audit) : PageModel
{
    public const string Importers = Roles.VirtualSchoolHead + "," + Roles.Manager;
    public const long MaxBytes = 50 * 1024 * 1024;

    [BindProperty] public IFormFile? Upload { get; set; }
    public SchoolsImportResult? Result { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Select a CSV file of schools");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await using var stream = Upload.OpenReadStream();
        Result = await SchoolsImporter.ImportAsync(db, stream, ct);
        if (!Result.Succeeded)
        {
            foreach (var error in Result.Errors) ModelState.AddModelError(nameof(Upload), error);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await audit.RecordAsync("education.schools.import", AuditOutcome.Allowed, User.Id(), User.UserName(), null, $"POST {Request.Path} {Result.Summary}", ct);
        return Page();
    }
}
