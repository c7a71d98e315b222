using System.Globalization;
using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Data.Strategy;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.DeliveryPlans;

/// <summary>
/// Changes an action's details. The change is kept as a line in the action's progress history (what changed, by whom),
/// so the Panel can see when an owner or a due date moved.
/// </summary>
[Authorize(Roles = DeliveryPlansFeature.Editors)]
public sealed class EditModel(CoParentDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty] public ActionInput Input { get; set; } = new();
    public StrategyDocument Strategy { get; private set; } = StrategyStore.Default;
    public DeliveryAction Action { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int actionId, CancellationToken ct)
    {
        if (await db.DeliveryActions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == actionId, ct) is not { } action) return NotFound();
        (Action, Input, Strategy) = (action, ActionInput.From(action), await StrategyStore.CurrentAsync(db, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int actionId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await db.DeliveryActions.FirstOrDefaultAsync(a => a.Id == actionId, ct) is not { } action) return NotFound();
        Action = action;
        Strategy = await StrategyStore.CurrentAsync(db, ct);
        if (Input.Validate(ModelState, Strategy, withOutcome: false) is not { } valid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var changes = Changes(action, valid);
        if (changes.Count > 0)
        {
            var now = clock.GetUtcNow();
            (action.Title, action.Description, action.Owner, action.Partner) = (valid.Title, valid.Description, valid.Owner, valid.Partner);
            (action.StartsOn, action.DueOn, action.Status, action.MeasureId) = (valid.StartsOn, valid.DueOn, valid.Status, valid.MeasureId);
            action.UpdatedAtUtc = now.UtcDateTime;
            db.DeliveryActionUpdates.Add(new DeliveryActionUpdate
            {
                DeliveryActionId = action.Id, WrittenOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
                Note = "Changed " + string.Join("; ", changes) + ".", Status = valid.Status,
                WrittenBy = User.DisplayName(), RecordedAtUtc = now.UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
        }
        return Redirect($"/delivery-plans/{action.Id}");
    }

    /// <summary>Each changed detail in words ("the owner from A to B"); a long description is only said to have changed.</summary>
    public static IReadOnlyList<string> Changes(DeliveryAction a, ActionInput.Valid v)
    {
        var changes = new List<string>();
        void Compare(string what, string? before, string? after)
        {
            if (before != after) changes.Add($"{what} from {before ?? "none"} to {after ?? "none"}");
        }
        Compare("the title", a.Title, v.Title);
        if (a.Description != v.Description) changes.Add("the description");
        Compare("the owner", a.Owner, v.Owner);
        Compare("the partner", a.Partner, v.Partner);
        Compare("the start date", Date(a.StartsOn), Date(v.StartsOn));
        Compare("the due date", Date(a.DueOn), Date(v.DueOn));
        Compare("the status", DeliveryAction.Describe(a.Status), DeliveryAction.Describe(v.Status));
        Compare("the measure", a.MeasureId, v.MeasureId);
        return changes;
    }

    private static string? Date(DateOnly? d) => d is null ? null : Choices.ShowDate(d);
}
