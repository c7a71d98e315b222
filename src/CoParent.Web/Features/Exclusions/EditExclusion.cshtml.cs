using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Exclusions;

/// <summary>Corrects a suspension or permanent exclusion entered wrongly; checked as the add page checks it.</summary>
[EducationRecord]
[EditsChildRecord]
public sealed class EditExclusionModel(CoParentDbContext db, AuditLog audit) : PageModel
{
    [BindProperty] public ExclusionInput Input { get; set; } = new();
    public string ChildName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int childId, int recordId, CancellationToken ct)
    {
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        if (await FindAsync(childId, recordId, ct) is not { } exclusion) return Redirect($"/children/{childId}/education/exclusions");
        ChildName = name;
        Input = ExclusionInput.Of(exclusion);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, int recordId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        if (await FindAsync(childId, recordId, ct) is not { } exclusion) return Redirect($"/children/{childId}/education/exclusions");
        ChildName = name;
        var start = Input.StartDate.Validate(ModelState, "Input.StartDate", "the date the exclusion starts");
        var ap = Input.AlternativeProvisionFrom.Validate(ModelState, "Input.AlternativeProvisionFrom", "the date alternative provision was arranged from", required: false);
        var corrected = ExclusionRecord.Build(childId, Input.Kind, start, Input.Days, Input.Reason, ap, Input.Decision, ModelState, f => $"Input.{f}");
        if (corrected is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await ExclusionRecord.CorrectAsync(db, exclusion, corrected, ct);
        await audit.RecordAsync("education.exclusion.correct", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/education/exclusions");
    }

    private Task<Exclusion?> FindAsync(int childId, int recordId, CancellationToken ct) =>
        db.Exclusions.SingleOrDefaultAsync(e => e.Id == recordId && e.ChildId == childId, ct);
}
