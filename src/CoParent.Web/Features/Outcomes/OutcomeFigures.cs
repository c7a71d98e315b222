using CoParent.Core.Measures;
using CoParent.Data;
using CoParent.Web.Features.Dashboard;
using CoParent.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoParent.Web.Features.Outcomes;

/// <summary>One feature's measures for a period, under its heading.</summary>
public sealed record OutcomeSection(string Title, IReadOnlyList<int> Outcomes, IReadOnlyList<MeasureResult> Measures);

/// <summary>Every registered feature's measures for one period.</summary>
public sealed record OutcomeReport(MeasurePeriod Period, IReadOnlyList<OutcomeSection> Sections)
{
    public MeasureResult? Find(string id) => Sections.SelectMany(s => s.Measures).FirstOrDefault(m => m.Id == id);
}

/// <summary>
/// Works out every <see cref="IOutcomeMeasures"/> for a period, one after another on one database context, and
/// shares the result for <see cref="DashboardOptions.CacheSeconds"/> as the dashboard does.
/// </summary>
public sealed class OutcomeFigures(
    IServiceScopeFactory scopes, IOptions<DashboardOptions> options, TimeProvider clock, ILogger<OutcomeFigures> logger)
{
    private readonly SharedCalculations<MeasurePeriod, OutcomeReport> _recent = new(clock);

    public Task<OutcomeReport> CalculateAsync(MeasurePeriod period, CancellationToken ct = default) =>
        _recent.GetAsync(period, TimeSpan.FromSeconds(options.Value.CacheSeconds), CalculateNowAsync, ct);

    private async Task<OutcomeReport> CalculateNowAsync(MeasurePeriod period, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CoParentDbContext>>();
        var sources = scope.ServiceProvider.GetServices<IOutcomeMeasures>().OrderBy(s => s.Outcomes.DefaultIfEmpty(8).Min()).ToList();
        // Most features read the children's care histories: start reading them now, once, for all of them.
        _ = scope.ServiceProvider.GetRequiredService<CareHistories>().ByChildAsync(ct);

        // Each source reads its own records on its own connection, so they run side by side, one a core: more at
        // once only holds more records in memory together.
        using var cores = new SemaphoreSlim(Environment.ProcessorCount);
        async Task<OutcomeSection> CalculateAsync(IOutcomeMeasures source)
        {
            await cores.WaitAsync(ct);
            try
            {
                return await CalculateOneAsync(source);
            }
            finally
            {
                cores.Release();
            }
        }

        async Task<OutcomeSection> CalculateOneAsync(IOutcomeMeasures source)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            var started = clock.GetTimestamp();
            var measures = await source.CalculateAsync(db, period, ct);
            logger.LogInformation("Outcome measures {Section} worked out in {Milliseconds:N0} ms", source.Section, clock.GetElapsedTime(started).TotalMilliseconds);
            return new OutcomeSection(source.Section, source.Outcomes, measures);
        }

        return new OutcomeReport(period, await Task.WhenAll(sources.Select(s => Task.Run(() => CalculateAsync(s), ct))));
    }
}

/// <summary>Outcome 1: children coming into care year on year, and how long they are in care.</summary>
public sealed class CareJourneyOutcomeMeasures(CareHistories histories) : IOutcomeMeasures
{
    public string Section => "Coming into care and leaving it";
    public IReadOnlyList<int> Outcomes { get; } = [1];

    public async Task<IReadOnlyList<MeasureResult>> CalculateAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct)
    {
        var children = ChildHistories.InCareBetween(await histories.AllAsync(ct), period.From.AddYears(-1), period.To);
        return CareJourneyMeasures.Calculate(children, period);
    }
}

/// <summary>
/// Outcome 5's stability and placement measures, as the dashboard works them out on the period's last day
/// (the DfE's stability measures are "as at 31 March" measures).
/// </summary>
public sealed class PlacementOutcomeMeasures(CareHistories histories, IOptions<CouncilOptions> council) : IOutcomeMeasures
{
    private static readonly string[] Ids =
    [
        "stability.short-term", "stability.long-term", "cla.placement.fostered", "cla.placement.fostered-in-house",
        "placement.over-20-miles", "placement.outside-council-area",
    ];

    public string Section => "Settled homes";
    public IReadOnlyList<int> Outcomes { get; } = [5];

    public async Task<IReadOnlyList<MeasureResult>> CalculateAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct)
    {
        var set = ChildrenInCareMeasures.Calculate(ChildHistories.InCareOn(await histories.AllAsync(ct), period.To), period.To, council.Value.Under18Population);
        return Ids.Select(id => set.Find(id)).OfType<MeasureResult>().ToList();
    }
}
