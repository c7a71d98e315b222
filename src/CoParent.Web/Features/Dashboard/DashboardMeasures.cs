using System.Collections.Concurrent;
using CoParent.Core.Measures;
using CoParent.Data;
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
    private sealed record Entry(DateTimeOffset StartedAt, Lazy<Task<MeasureSet>> Set);

    private readonly ConcurrentDictionary<DateOnly, Entry> _recent = new();

    public Task<MeasureSet> CalculateAsync(DateOnly asAt, CancellationToken ct = default)
    {
        var lifetime = TimeSpan.FromSeconds(options.Value.CacheSeconds);
        if (lifetime <= TimeSpan.Zero) return CalculateNowAsync(asAt, ct);

        var now = clock.GetUtcNow();
        bool Fresh(Entry e) => now - e.StartedAt < lifetime && !e.Set.Value.IsFaulted && !e.Set.Value.IsCanceled;
        Entry Start(DateOnly date) => new(now, new Lazy<Task<MeasureSet>>(() => CalculateNowAsync(date, CancellationToken.None)));

        foreach (var stale in _recent.Where(e => now - e.Value.StartedAt >= lifetime).Select(e => e.Key).ToList())
        {
            _recent.TryRemove(stale, out _);
        }
        var entry = _recent.AddOrUpdate(asAt, Start, (date, existing) => Fresh(existing) ? existing : Start(date));
        // One caller giving up does not cancel the calculation the others are waiting for.
        return entry.Set.Value.WaitAsync(ct);
    }

    private async Task<MeasureSet> CalculateNowAsync(DateOnly asAt, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var histories = await db.Children.AsNoTracking().InCareOn(db.CareEpisodes, asAt).ToListAsync(ct);
        return ChildrenInCareMeasures.Calculate(histories, asAt, council.Value.Under18Population);
    }
}
