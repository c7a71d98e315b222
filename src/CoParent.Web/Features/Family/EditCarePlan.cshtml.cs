using CoParent.Core.Audit;
using CoParent.Core.Family;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Family;

/// <summary>
/// Records the care plan agreed on a date and when it is next reviewed. A plan agreed on a new date is added (the
/// older one stays as history); saving the same date again corrects that plan.
/// </summary>
[EditsChildRecord]
public sealed class EditCarePlanModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public DateInput AgreedOn { get; set; } = new();
    [BindProperty] public DateInput ReviewBy { get; set; } = new();
    [BindProperty] public string? NoFamilyTimeReason { get; set; }
    public string ChildName { get; private set; } = "";
    public int ChildId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (!await LoadAsync(childId, ct)) return NotFound();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var current = await db.CarePlans.AsNoTracking().Where(p => p.ChildId == childId && p.AgreedOn <= today)
            .OrderByDescending(p => p.AgreedOn).ThenByDescending(p => p.Id).FirstOrDefaultAsync(ct);
        if (current is not null)
        {
            AgreedOn = DateInput.From(current.AgreedOn);
            ReviewBy = DateInput.From(current.ReviewBy);
            NoFamilyTimeReason = current.NoFamilyTimeReason;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(childId, ct)) return NotFound();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var agreed = AgreedOn.Validate(ModelState, nameof(AgreedOn), "the date the care plan was agreed");
        var review = ReviewBy.Validate(ModelState, nameof(ReviewBy), "the date the care plan is to be reviewed by");
        if (agreed > today) ModelState.AddModelError(nameof(AgreedOn), "The date the care plan was agreed must be today or in the past");
        if (agreed is { } a && review is { } r && r <= a) ModelState.AddModelError(nameof(ReviewBy), "The review date must be after the date the plan was agreed");
        var reason = FamilyTimeFields.Clean(NoFamilyTimeReason);
        if (reason is { Length: > 500 }) ModelState.AddModelError(nameof(NoFamilyTimeReason), "The reason must be 500 characters or fewer");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var plan = await db.CarePlans.FirstOrDefaultAsync(p => p.ChildId == childId && p.AgreedOn == agreed, ct);
        if (plan is null)
        {
            plan = new CarePlan { ChildId = childId, AgreedOn = agreed!.Value };
            db.CarePlans.Add(plan);
        }
        plan.ReviewBy = review!.Value;
        plan.NoFamilyTimeReason = reason;
        plan.RecordedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("family.care-plan.save", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/family#plans");
    }

    private async Task<bool> LoadAsync(int childId, CancellationToken ct)
    {
        var name = await db.ChildNameAsync(childId, ct);
        if (name is null) return false;
        ChildId = childId;
        ChildName = name;
        return true;
    }
}
