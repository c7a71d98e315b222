using CoParent.Core.Measures;
using CoParent.Data;
using CoParent.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoParent.Web.Features.Dashboard;

/// <summary>Section <c>Dashboard</c> of the configuration.</summary>
public sealed class DashboardOptions
{
    /// <summary>
    /// How long a worked-out set of figures for one date is reused. At national size a set takes seconds of CPU,
    /// so fifty people opening the dashboard at once share one calculation; 0 works them out every time.
    /// </summary>
    public int CacheSeconds { get; set; } = 30;
}

/// <summary>
/// Loads what the measures need for the children in care on a date (one query: the children and their
/// episodes, projected to the measure records, untracked) and works the measures out in memory. Requests for
/// the same date within <see cref="DashboardOptions.CacheSeconds"/> share one calculation, started once even
/// when many arrive together. Drill-downs filter the shared set by what each user may see.
/// </summary>
public sealed class DashboardMeasures(
    IDbContextFactory<CoParentDbContext> contexts, IOptions<CouncilOptions> council, IOptions<DashboardOptions> options,
    TimeProvider clock)
{
    private readonly SharedCalculations<DateOnly, MeasureSet> _recent = new(clock);

    public Task<MeasureSet> CalculateAsync(DateOnly asAt, CancellationToken ct = default) =>
        _recent.GetAsync(asAt, TimeSpan.FromSeconds(options.Value.CacheSeconds), CalculateNowAsync, ct);

    private async Task<MeasureSet> CalculateNowAsync(DateOnly asAt, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var histories = await db.Children.AsNoTracking().InCareOn(db.CareEpisodes, asAt).ToListAsync(ct);
        return ChildrenInCareMeasures.Calculate(histories, asAt, council.Value.Under18Population);
    }
}
