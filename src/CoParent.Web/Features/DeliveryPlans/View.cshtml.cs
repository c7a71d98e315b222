using CoParent.Core.Measures;
using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Data.Strategy;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.DeliveryPlans;

/// <summary>One action: where it sits in the strategy, who leads it, the measure it should move and its progress notes.</summary>
[Authorize(Roles = DeliveryPlansFeature.Readers)]
public sealed class ViewModel(CoParentDbContext db, OutcomeFigures figures, TimeProvider clock) : PageModel
{
    public DeliveryAction Action { get; private set; } = null!;
    public StrategyOutcome? Outcome { get; private set; }
    public PledgePromise? Promise { get; private set; }
    public MeasureInfo? Measure { get; private set; }

    /// <summary>The measure's name and figure for the last complete quarter, when the records give one.</summary>
    public (string Name, string Figure, string Period)? Latest { get; private set; }
    public DateOnly Today { get; private set; }
    public bool CanEdit => User.IsInRole(DeliveryPlansFeature.Editors);

    public async Task<IActionResult> OnGetAsync(int actionId, CancellationToken ct)
    {
        var action = await db.DeliveryActions.AsNoTracking().Include(a => a.Updates).FirstOrDefaultAsync(a => a.Id == actionId, ct);
        if (action is null) return NotFound();
        Action = action;
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var strategy = await StrategyStore.CurrentAsync(db, ct);
        Outcome = strategy.Outcome(action.Outcome);
        Promise = Outcome is null ? null : strategy.Promise(Outcome.PledgePromise);
        if (action.MeasureId is { } measureId)
        {
            Measure = MeasureCatalogue.Find(measureId);
            // The figures are worked out once per period and cached, so the default quarter costs nothing after the first reader.
            var period = PeriodChoice.Default(Today).Period;
            var report = await figures.CalculateAsync(period, ct);
            if (report.Find(measureId) is { } result)
            {
                var shown = User.SeesAggregatesOnly() ? Suppression.Apply(result) : Suppression.None(result);
                Latest = (result.Name, MeasureTable.Figure(shown), PeriodChoice.Describe(period));
            }
        }
        return Page();
    }

    public IEnumerable<DeliveryActionUpdate> Notes => Action.Updates.OrderByDescending(u => u.WrittenOn).ThenByDescending(u => u.Id);
}
