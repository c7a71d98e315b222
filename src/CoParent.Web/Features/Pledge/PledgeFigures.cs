using CoParent.Core.Measures;
using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Data.Strategy;
using CoParent.Web.Features.Dashboard;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Features.Snapshots;
using CoParent.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoParent.Web.Features.Pledge;

/// <summary>
/// Works out the children's view of the Pledge and shares it: the page is open to anyone, so one calculation
/// serves every reader for a while. Its figures are for the last complete year to 31 March, not the year so far:
/// a year's figures are final and the DfE's own, and a child reading in May is not told that few had a health
/// check when the year has hardly begun. Actions are as they stand today.
/// </summary>
public sealed class PledgeFigures(
    OutcomeFigures figures, IDbContextFactory<CoParentDbContext> contexts, IOptions<DashboardOptions> options, TimeProvider clock)
{
    // A year's figures hardly change; ten times the dashboard's reuse (zero stays zero, as the tests set it).
    private const int CacheMultiple = 10;

    private readonly SharedCalculations<MeasurePeriod, PledgeReportPage> _recent = new(clock);

    /// <summary>The last complete year to 31 March before today.</summary>
    public static MeasurePeriod YearFor(DateOnly today) => MeasurePeriod.YearToMarchContaining(today).Previous();

    public Task<PledgeReportPage> CalculateAsync(CancellationToken ct = default)
    {
        var period = YearFor(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        return _recent.GetAsync(period, TimeSpan.FromSeconds(options.Value.CacheSeconds * CacheMultiple), CalculateNowAsync, ct);
    }

    private async Task<PledgeReportPage> CalculateNowAsync(MeasurePeriod period, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // The year is normally frozen for the Panel (see AutoFreezeService): the children read the figures the Panel
        // read, and an open page costs no calculation. Before it is frozen, the figures are worked out.
        var measures = await ScorecardSnapshots.FrozenAsync(db, period, ct) is { } frozen
            ? frozen.Select(l => l.AsResult())
            : (await figures.CalculateAsync(period, ct)).Sections.SelectMany(s => s.Measures);
        var strategy = await StrategyStore.CurrentAsync(db, ct);
        var actions = await db.DeliveryActions.AsNoTracking()
            .Where(a => a.Status == ActionStatus.OnTrack || a.Status == ActionStatus.Complete)
            .ToListAsync(ct);
        // Finished actions count from the start of the figures' year, so "what we did" covers it and this year so far.
        return PledgeReport.Build(strategy, actions, measures, period, period.From);
    }
}
