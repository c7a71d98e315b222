using CoParent.Core.Measures;
using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Data.Strategy;
using CoParent.Web.Features.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Scorecard;

/// <summary>The live scorecard for a period, with the children behind each figure for those who may drill down.</summary>
public sealed record LiveScorecard(MeasurePeriod Period, StrategyDocument Strategy, IReadOnlyList<ScorecardLine> Lines, OutcomeReport Report)
{
    public IReadOnlyList<int> ChildrenBehind(string measureId) => Report.Find(measureId)?.ChildIds ?? [];
}

/// <summary>
/// Works out the Panel's scorecard for a period from every registered <see cref="IOutcomeMeasures"/> (shared and
/// cached by <see cref="OutcomeFigures"/>), placed in the strategy in force and rated against the targets in force.
/// </summary>
public sealed class ScorecardFigures(OutcomeFigures figures, IDbContextFactory<CoParentDbContext> contexts)
{
    public async Task<LiveScorecard> CalculateAsync(MeasurePeriod period, CancellationToken ct = default)
    {
        var report = await figures.CalculateAsync(period, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var strategy = await StrategyStore.CurrentAsync(db, ct);
        var targets = await CurrentTargetsAsync(db, ct);
        return new LiveScorecard(period, strategy, Core.Strategy.Scorecard.Build(report.Sections.SelectMany(s => s.Measures), strategy, targets), report);
    }

    /// <summary>The newest target set for each measure (a cleared target is a row with no target).</summary>
    public static async Task<IReadOnlyDictionary<string, MeasureTarget>> CurrentTargetsAsync(CoParentDbContext db, CancellationToken ct)
    {
        var all = await db.MeasureTargets.AsNoTracking().ToListAsync(ct);
        return all.GroupBy(t => t.MeasureId).Select(g => g.MaxBy(t => t.Id)!).Where(t => t.Target is not null).ToDictionary(t => t.MeasureId);
    }
}
