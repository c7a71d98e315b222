using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Peps;

/// <summary>Sends a draft or returned PEP to the Virtual School for quality assurance, keeping a version.</summary>
[EducationRecord]
[EditsChildRecord]
public sealed class SubmitModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public PersonalEducationPlan Pep { get; private set; } = null!;
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, int pepId, CancellationToken ct) =>
        await LoadAsync(childId, pepId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int childId, int pepId, CancellationToken ct)
    {
        if (await LoadAsync(childId, pepId, ct) is { } refused) return refused;
        if (Problem is not null)
        {
            ModelState.AddModelError("Submit", Problem);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        PepWorkflow.Submit(Pep, now);
        await PepData.AddVersionAsync(db, Pep, User, now, ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("pep.submit", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/education/peps/{pepId}");
    }

    private async Task<IActionResult?> LoadAsync(int childId, int pepId, CancellationToken ct)
    {
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        if (await PepData.FindAsync(db, childId, pepId, ct) is not { } pep) return Redirect($"/children/{childId}/education/peps");
        (ChildId, ChildName, Pep) = (childId, name, pep);
        if (!pep.IsEditable) return Redirect($"/children/{childId}/education/peps/{pepId}");
        Problem = PepWorkflow.CannotSubmit(pep);
        return null;
    }
}
