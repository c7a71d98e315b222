using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Data.Strategy;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Features.Scorecard;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Strategy;

/// <summary>The measure registry: every measure the strategy reports, by Outcome, with where its code lives.</summary>
[Authorize(Policy = StrategyFeature.ReadersPolicy)]
public sealed class MeasuresModel(CoParentDbContext db, OutcomeFigures figures, TimeProvider clock) : PageModel
{
    public StrategyDocument Strategy { get; private set; } = StrategyStore.Default;
    public IReadOnlyList<RegistryLine> Lines { get; private set; } = [];
    public string PeriodShown { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Strategy = await StrategyStore.CurrentAsync(db, ct);
        var period = MeasureRegistry.ReferencePeriod(clock);
        PeriodShown = PeriodChoice.Describe(period);
        var report = await figures.CalculateAsync(period, ct);
        Lines = MeasureRegistry.Lines(report, Strategy, await ScorecardFigures.CurrentTargetsAsync(db, ct));
    }
}
