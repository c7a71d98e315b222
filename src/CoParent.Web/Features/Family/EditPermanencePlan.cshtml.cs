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
/// Sets the plan for permanence, or records it achieved. Keeping the same plan updates it; choosing a different plan
/// records a new one, so the history of the child's plans is kept.
/// </summary>
[EditsChildRecord]
public sealed class EditPermanencePlanModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Plan { get; set; }
    [BindProperty] public DateInput SetOn { get; set; } = new();
    [BindProperty] public DateInput AchievedOn { get; set; } = new();
    public string ChildName { get; private set; } = "";
    public int ChildId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (!await LoadAsync(childId, ct)) return NotFound();
        var current = await FamilyRecord.CurrentPermanenceAsync(db, childId, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct);
        if (current is not null)
        {
            Plan = current.Plan.ToString();
            SetOn = DateInput.From(current.SetOn);
            AchievedOn = DateInput.From(current.AchievedOn);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(childId, ct)) return NotFound();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var plan = FamilyTimeFields.Parse<PermanenceGoal>(Plan);
        if (plan is null) ModelState.AddModelError(nameof(Plan), "Select the plan for permanence");
        var set = SetOn.Validate(ModelState, nameof(SetOn), "the date the plan was set");
        if (set > today) ModelState.AddModelError(nameof(SetOn), "The date the plan was set must be today or in the past");
        var achieved = AchievedOn.Validate(ModelState, nameof(AchievedOn), "the date the plan was achieved", required: false);
        if (achieved > today) ModelState.AddModelError(nameof(AchievedOn), "The date the plan was achieved must be today or in the past");
        else if (achieved is { } done && set is { } from && done < from)
            ModelState.AddModelError(nameof(AchievedOn), "The date the plan was achieved must be on or after the date it was set");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var current = await db.PermanencePlans.Where(p => p.ChildId == childId && p.SetOn <= today)
            .OrderByDescending(p => p.SetOn).ThenByDescending(p => p.Id).FirstOrDefaultAsync(ct);
        if (current is null || current.Plan != plan)
        {
            current = new PermanencePlan { ChildId = childId, Plan = plan!.Value };
            db.PermanencePlans.Add(current);
        }
        current.SetOn = set!.Value;
        current.AchievedOn = achieved;
        current.RecordedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("family.permanence.save", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
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
