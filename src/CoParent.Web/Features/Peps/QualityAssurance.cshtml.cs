using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Data.Notifications;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Peps;

public sealed class QualityInput
{
    public List<string> ItemsMet { get; set; } = [];
    public string? Rating { get; set; }
    public string? Feedback { get; set; }
    public string? Decision { get; set; }
    public string? ReturnReason { get; set; }
}

/// <summary>
/// The Virtual School checks a submitted PEP against its checklist, rates it and approves it (locking it) or returns
/// it with a reason. Only a Virtual School officer or Head may do this.
/// </summary>
[EducationRecord]
public sealed class QualityAssuranceModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public QualityInput Input { get; set; } = new();
    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public PersonalEducationPlan Pep { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int childId, int pepId, CancellationToken ct) =>
        await LoadAsync(childId, pepId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int childId, int pepId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(childId, pepId, ct) is { } refused) return refused;
        PepRating? rating = Enum.TryParse<PepRating>(Input.Rating, out var r) && Enum.IsDefined(r) && !int.TryParse(Input.Rating, out _) ? r : null;
        if (rating is null) ModelState.AddModelError("Input.Rating", "Select a rating: red, amber or green");
        if (Input.Feedback?.Length > 4000) ModelState.AddModelError("Input.Feedback", "Feedback must be 4,000 characters or fewer");
        if (Input.Decision is not ("approve" or "return")) ModelState.AddModelError("Input.Decision", "Select whether to approve the PEP or return it");
        if (Input.Decision == "return" && string.IsNullOrWhiteSpace(Input.ReturnReason))
            ModelState.AddModelError("Input.ReturnReason", "Enter why the PEP is being returned");
        else if (Input.ReturnReason?.Length > 4000) ModelState.AddModelError("Input.ReturnReason", "The reason must be 4,000 characters or fewer");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var who = User.UserName() ?? "";
        if (Input.Decision == "approve") PepWorkflow.Approve(Pep, rating!.Value, Input.Feedback, Input.ItemsMet, who, now);
        else PepWorkflow.Return(Pep, Input.ReturnReason!, rating, Input.Feedback, Input.ItemsMet, who, now);
        await PepData.AddVersionAsync(db, Pep, User, now, ct);
        var what = Input.Decision == "approve" ? "approved" : "returned";
        await ChildWorkers.NotifyAsync(db, childId, $"pep.{what}", $"The Virtual School {what} the PEP for the {PepText.Term(Pep.AcademicYear, Pep.Term)}",
            $"/children/{childId}/education/peps/{pepId}", clock.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(Input.Decision == "approve" ? "pep.approve" : "pep.return", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/education/peps/{pepId}");
    }

    private async Task<IActionResult?> LoadAsync(int childId, int pepId, CancellationToken ct)
    {
        // Quality assurance is the Virtual School's alone: a social worker or designated teacher may write the PEP but not approve it.
        if (!PepText.IsVirtualSchool(User))
        {
            await audit.RecordAsync("pep.quality-assurance", AuditOutcome.Denied, User.Id(), User.UserName(), childId, $"{Request.Method} {Request.Path}", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        if (await PepData.FindAsync(db, childId, pepId, ct) is not { } pep) return Redirect($"/children/{childId}/education/peps");
        (ChildId, ChildName, Pep) = (childId, name, pep);
        if (pep.Status != PepStatus.Submitted) return Redirect($"/children/{childId}/education/peps/{pepId}");
        return null;
    }
}
