using CoParent.Core.Audit;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Safety;

public sealed class RiskAssessmentInput
{
    public DateInput AssessedOn { get; set; } = new();
    public string? Type { get; set; }
    public string? Level { get; set; }
    public string? AssessedBy { get; set; }
}

/// <summary>Records an assessment of the risk of sexual or criminal exploitation.</summary>
[EditsChildRecord]
public sealed class RecordRiskAssessmentModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public RiskAssessmentInput Input { get; set; } = new();
    public string ChildName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        ChildName = name;
        Input.AssessedOn = DateInput.From(DateOnly.FromDateTime(SafetyEdits.UkNow(clock)));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId).Select(c => new { c.DateOfBirth }).SingleOrDefaultAsync(ct);
        if (child is null || await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        ChildName = name;
        var on = Input.AssessedOn.Validate(ModelState, "Input.AssessedOn", "the date of the assessment");
        var assessment = SafetyEdits.Assessment(childId, child.DateOfBirth, on, Input.Type, Input.Level, Input.AssessedBy,
            SafetyEdits.UkNow(clock), clock.GetUtcNow().UtcDateTime, ModelState, f => $"Input.{f}");
        if (assessment is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        db.ExploitationRiskAssessments.Add(assessment);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("safety.exploitation.assess", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/safety");
    }
}
