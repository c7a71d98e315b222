using System.Text.Json;
using CoParent.Core.Education;
using CoParent.Core.Measures;
using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Data.Strategy;
using CoParent.Web.Features.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Scorecard;

/// <summary>The live scorecard for a period, with the worked-out figures it was built from.</summary>
public sealed record LiveScorecard(MeasurePeriod Period, StrategyDocument Strategy, IReadOnlyList<ScorecardLine> Lines, OutcomeReport Report);

/// <summary>
/// Works out the Panel's scorecard for a period from every registered <see cref="IOutcomeMeasures"/> (shared and
/// cached by <see cref="OutcomeFigures"/>), placed in the strategy in force and rated against the targets in force.
/// </summary>
public sealed class ScorecardFigures(OutcomeFigures figures, IDbContextFactory<CoParentDbContext> contexts)
{
    /// <summary>How many periods before the chosen one the trend shows.</summary>
    public const int TrendLength = 4;

    public async Task<LiveScorecard> CalculateAsync(MeasurePeriod period, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var strategy = await StrategyStore.CurrentAsync(db, ct);
        return await CalculateAsync(period, strategy, await CurrentTargetsAsync(db, ct), ct);
    }

    /// <summary>The live scorecard placed in a strategy and rated against targets already read.</summary>
    private async Task<LiveScorecard> CalculateAsync(
        MeasurePeriod period, StrategyDocument strategy, IReadOnlyDictionary<string, MeasureTarget> targets, CancellationToken ct)
    {
        var report = await figures.CalculateAsync(period, ct);
        return new LiveScorecard(period, strategy, Core.Strategy.Scorecard.Build(report.Sections.SelectMany(s => s.Measures), strategy, targets), report);
    }

    /// <summary>The newest target set for each measure (a cleared target is a row with no target).</summary>
    public static async Task<IReadOnlyDictionary<string, MeasureTarget>> CurrentTargetsAsync(CoParentDbContext db, CancellationToken ct)
    {
        var all = await db.MeasureTargets.AsNoTracking().ToListAsync(ct);
        return all.GroupBy(t => t.MeasureId).Select(g => g.MaxBy(t => t.Id)!).Where(t => t.Target is not null).ToDictionary(t => t.MeasureId);
    }

    /// <summary>
    /// The Panel's scorecard for a period as the page, the print view, the downloads and the API show it: each
    /// Outcome under its Priority with its Pledge promise, each measure with its trend over the
    /// <see cref="TrendLength"/> periods before, the published comparisons and the delivery actions meant to move it.
    /// A period that has been frozen shows its newest frozen revision, so the Panel reads what it was given, and costs
    /// no calculation: the quarters and years the Panel reads are frozen as they end (<see cref="Snapshots.AutoFreezeService"/>).
    /// The others are worked out live (each period once, cached by <see cref="OutcomeFigures"/>).
    /// </summary>
    public async Task<ScorecardReport> ReportAsync(MeasurePeriod period, CancellationToken ct = default)
    {
        var periods = new List<MeasurePeriod> { period };
        for (var i = 0; i < TrendLength; i++) periods.Add(periods[^1].Previous());
        periods.Reverse();

        await using var db = await contexts.CreateDbContextAsync(ct);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var frozen = await FrozenAsync(db, periods, ct);
        var strategy = await StrategyStore.CurrentAsync(db, ct);
        // Read once, and only if a period must be worked out live.
        IReadOnlyDictionary<string, MeasureTarget>? targets = null;

        var byPeriod = new Dictionary<MeasurePeriod, IReadOnlyList<ScorecardLine>>();
        foreach (var p in periods)
        {
            if (frozen.TryGetValue(p, out var snapshot)) byPeriod[p] = snapshot.Lines;
            else byPeriod[p] = (await CalculateAsync(p, strategy, targets ??= await CurrentTargetsAsync(db, ct), ct)).Lines;
        }

        var current = byPeriod[period];
        var ids = current.Select(l => l.MeasureId).ToList();
        var comparisons = await db.ComparisonFigures
            .Where(c => ids.Contains(c.MeasureId) && (c.Area == ComparisonFigure.England || c.Area == ComparisonFigure.StatisticalNeighbours))
            .ToListAsync(ct);
        var newest = comparisons.GroupBy(c => (c.MeasureId, c.Area)).ToDictionary(g => g.Key, g => g.MaxBy(c => c.AcademicYear)!);
        var actions = await db.DeliveryActions
            .Select(a => new RelatedAction(a.Id, a.Outcome, a.Title, a.Status, a.DueOn, a.MeasureId))
            .ToListAsync(ct);

        Comparison? Compare(string id, string area) =>
            newest.TryGetValue((id, area), out var c) ? new Comparison(c.Area, c.AcademicYear, c.Value, c.Source) : null;

        ScorecardRow Row(ScorecardLine line) => new(
            line,
            periods.Select(p => new TrendPoint(p, frozen.ContainsKey(p), byPeriod[p].FirstOrDefault(l => l.MeasureId == line.MeasureId))).ToList(),
            Compare(line.MeasureId, ComparisonFigure.England),
            Compare(line.MeasureId, ComparisonFigure.StatisticalNeighbours),
            actions.Where(a => a.MeasureId == line.MeasureId).OrderBy(a => a.Id).ToList());

        OutcomeBlock Block(StrategyOutcome outcome) => new(
            outcome,
            strategy.Promise(outcome.PledgePromise),
            current.Where(l => l.Outcome == outcome.Number).Select(Row).ToList(),
            actions.Where(a => a.Outcome == outcome.Number).GroupBy(a => a.Status).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()));

        var groups = new List<PriorityGroup>();
        var across = strategy.Outcomes.Where(o => o.Priority is null || strategy.Priority(o.Priority.Value) is null).OrderBy(o => o.Number).ToList();
        if (across.Count > 0) groups.Add(new PriorityGroup(null, across.Select(Block).ToList()));
        foreach (var priority in strategy.Priorities.OrderBy(p => p.Number))
        {
            var outcomes = strategy.Outcomes.Where(o => o.Priority == priority.Number).OrderBy(o => o.Number).ToList();
            if (outcomes.Count > 0) groups.Add(new PriorityGroup(priority, outcomes.Select(Block).ToList()));
        }

        return new ScorecardReport(period, strategy, frozen.GetValueOrDefault(period), periods, groups);
    }

    /// <summary>The newest frozen revision of each of the periods that has one.</summary>
    private static async Task<Dictionary<MeasurePeriod, FrozenScorecard>> FrozenAsync(CoParentDbContext db, IReadOnlyList<MeasurePeriod> periods, CancellationToken ct)
    {
        var first = periods.Min(p => p.From);
        var last = periods.Max(p => p.To);
        var snapshots = await db.ScorecardSnapshots.Where(s => s.PeriodFrom >= first && s.PeriodTo <= last).ToListAsync(ct);
        var frozen = new Dictionary<MeasurePeriod, FrozenScorecard>();
        foreach (var p in periods)
        {
            if (snapshots.Where(s => s.PeriodFrom == p.From && s.PeriodTo == p.To).MaxBy(s => s.Revision) is not { } snapshot) continue;
            frozen[p] = new FrozenScorecard(snapshot.Revision, snapshot.TakenAtUtc, Snapshots.ScorecardSnapshots.Lines(snapshot));
        }
        return frozen;
    }
}
