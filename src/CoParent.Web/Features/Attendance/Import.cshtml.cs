using CoParent.Core.Access;
using CoParent.Core.Audit;
using CoParent.Data.Audit;
using CoParent.Data.Education;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Attendance;

/// <summary>Uploads a day's (or a year's) register marks as CSV: all or nothing, and safe to send twice.</summary>
[Authorize(Roles = $"{Roles.VirtualSchoolOfficer},{Roles.VirtualSchoolHead},{Roles.Manager},{Roles.DesignatedTeacher}")]
[RequestSizeLimit(512L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 512L * 1024 * 1024)]
public sealed class ImportModel(AttendanceImporter importer, AuditLog audit) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    public AttendanceImportResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose a CSV file of attendance marks");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var headerProblems = new List<AttendanceProblem>();
        using var text = new StreamReader(Upload.OpenReadStream());
        Result = await importer.ImportAsync(AttendanceImporter.ReadCsv(text, headerProblems), AttendanceFeature.OnlySchool(User), ct);
        if (headerProblems.Count > 0) Result = Result with { Errors = headerProblems };
        if (!Result.Succeeded)
        {
            ModelState.AddModelError(nameof(Upload), $"The file has {(Result.Errors.Count == 1 ? "a problem" : "problems")}, so no marks were recorded: {Result.Errors[0]}");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await audit.RecordAsync("attendance.import", AuditOutcome.Allowed, User.Id(), User.UserName(), null,
            $"POST {Request.Path}: {Result.Added} added, {Result.Changed} changed", ct);
        return Page();
    }
}
