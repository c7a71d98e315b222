using CoParent.Core.Audit;
using CoParent.Core.Identity;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Identity;

/// <summary>Records when the child's Life Plan was agreed and last reviewed.</summary>
[EditsChildRecord]
public sealed class LifePlanModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed class PlanInput
    {
        public DateInput Agreed { get; set; } = new();
        public DateInput LastReviewed { get; set; } = new();
    }

    [BindProperty] public PlanInput Input { get; set; } = new();
    public string ChildName { get; private set; } = "";
    public int ChildId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (await ChildAsync(db, childId, ct) is not { } child) return NotFound();
        (ChildId, ChildName) = (childId, child.Name);
        if (await db.LifePlans.AsNoTracking().SingleOrDefaultAsync(p => p.ChildId == childId, ct) is { } plan)
        {
            Input = new PlanInput { Agreed = DateInput.From(plan.Agreed), LastReviewed = DateInput.From(plan.LastReviewed) };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await ChildAsync(db, childId, ct) is not { } child) return NotFound();
        (ChildId, ChildName) = (childId, child.Name);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var agreed = Input.Agreed.Validate(ModelState, $"{nameof(Input)}.{nameof(PlanInput.Agreed)}", "the date the plan was agreed");
        var reviewed = Input.LastReviewed.Validate(ModelState, $"{nameof(Input)}.{nameof(PlanInput.LastReviewed)}", "the date of the last review", required: false);
        var plan = await db.LifePlans.SingleOrDefaultAsync(p => p.ChildId == childId, ct) ?? new LifePlan { ChildId = childId };
        plan.Agreed = agreed ?? today;
        plan.LastReviewed = reviewed;
        IdentityForms.AddErrors(ModelState, LifeStoryRules.Check(plan, child.DateOfBirth, today)
            .Where(e => e.Field != nameof(LifePlan.Agreed) || agreed is not null));
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (plan.Id == 0) db.LifePlans.Add(plan);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("identity.life-plan", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/identity");
    }

    /// <summary>The child's name as pages show it, and date of birth for the date rules; null when there is no such child.</summary>
    public static async Task<(string Name, DateOnly DateOfBirth)?> ChildAsync(CoParentDbContext db, int childId, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new { c.GivenName, c.FamilyName, c.PreferredName, c.PersonId, c.DateOfBirth }).SingleOrDefaultAsync(ct);
        return child is null ? null
            : (Core.Children.Child.NameToShow(child.GivenName, child.FamilyName, child.PreferredName, child.PersonId), child.DateOfBirth);
    }
}
