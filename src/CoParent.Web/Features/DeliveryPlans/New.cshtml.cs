using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Data.Strategy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.DeliveryPlans;

[Authorize(Roles = DeliveryPlansFeature.Editors)]
public sealed class NewModel(CoParentDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty] public ActionInput Input { get; set; } = new();
    public StrategyDocument Strategy { get; private set; } = StrategyStore.Default;

    public async Task OnGetAsync(int? outcome, CancellationToken ct)
    {
        Strategy = await StrategyStore.CurrentAsync(db, ct);
        Input = new ActionInput
        {
            Outcome = outcome is { } n && Strategy.Outcome(n) is not null ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            Status = DeliveryPlansFeature.Key(ActionStatus.NotStarted),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Strategy = await StrategyStore.CurrentAsync(db, ct);
        if (Input.Validate(ModelState, Strategy, withOutcome: true) is not { } valid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var action = new DeliveryAction
        {
            Outcome = valid.Outcome, Title = valid.Title, Description = valid.Description, Owner = valid.Owner, Partner = valid.Partner,
            StartsOn = valid.StartsOn, DueOn = valid.DueOn, Status = valid.Status, MeasureId = valid.MeasureId,
            CreatedAtUtc = now, UpdatedAtUtc = now,
        };
        db.DeliveryActions.Add(action);
        await db.SaveChangesAsync(ct);
        return Redirect($"/delivery-plans/{action.Id}");
    }
}
