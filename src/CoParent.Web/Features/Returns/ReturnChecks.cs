using System.Collections.Concurrent;
using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation;
using CoParent.Data;
using CoParent.Data.Ssda903;
using CoParent.Data.Ssda903.Storing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoParent.Web.Features.Returns;

/// <summary>Section <c>Returns</c> of the configuration.</summary>
public sealed class ReturnsOptions
{
    /// <summary>
    /// How long a year's worked-out validation is reused. Building and checking a whole return takes seconds, so
    /// managers opening the page together share one check; 0 checks every time.
    /// </summary>
    public int CacheSeconds { get; set; } = 60;

    /// <summary>The largest upload accepted, in bytes: a national-size return is a few hundred megabytes.</summary>
    public const long MaxUploadBytes = 500L * 1024 * 1024;
}

/// <summary>A year's return built from CoParent's records and checked against the DfE's rules for that year.</summary>
public sealed class ReturnCheck(
    CollectionYear year, DateTimeOffset workedOutAt, Ssda903Return built, ValidationReport report, IReadOnlyDictionary<string, int> childIds)
{
    public CollectionYear Year { get; } = year;
    public DateTimeOffset WorkedOutAt { get; } = workedOutAt;
    public int Children { get; } = built.Children.Count;
    public IReadOnlyList<(TableSchema Schema, int Rows)> Tables { get; } = [.. built.Tables.Select(t => (t.Schema, t.Rows.Count))];
    public ValidationReport Report { get; } = report;
    public IReadOnlyList<RuleSummary> Rules { get; } = report.ByRule();
    public IReadOnlyDictionary<string, IReadOnlyList<ValidationError>> ErrorsByRule { get; } =
        report.Errors.GroupBy(e => e.Rule).ToDictionary(g => g.Key, g => (IReadOnlyList<ValidationError>)[.. g]);

    /// <summary>Rules that could not run, grouped by why (each reason once, with its rule codes).</summary>
    public IReadOnlyList<(string Reason, IReadOnlyList<string> Codes)> NotRun { get; } =
        [.. report.RulesNotRun.GroupBy(r => r.Reason).Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Select(r => r.Rule.Code)]))];

    /// <summary>The database id of the child with this CHILD (PersonId), when CoParent holds them.</summary>
    public int? ChildId(string child) => childIds.TryGetValue(child, out var id) ? id : null;
}

/// <summary>
/// Builds a year's return from the records and validates it, as the DfE would see it if it were sent today.
/// Requests for the same year within <see cref="ReturnsOptions.CacheSeconds"/> share one check, started once
/// even when many arrive together (as <c>DashboardMeasures</c> does); an import forgets its year's check.
/// </summary>
public sealed class ReturnChecks(
    IDbContextFactory<CoParentDbContext> contexts, IOptions<CouncilOptions> council, IOptions<ReturnsOptions> options, TimeProvider clock)
{
    private sealed record Entry(DateTimeOffset StartedAt, Lazy<Task<ReturnCheck>> Check);

    private readonly ConcurrentDictionary<int, Entry> _recent = new();

    /// <summary>The collection years offered: the current one and the two before it.</summary>
    public IReadOnlyList<CollectionYear> YearsOffered()
    {
        var current = CollectionYear.Containing(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        return [current, current.Previous, current.Previous.Previous];
    }

    public Task<ReturnCheck> CheckAsync(CollectionYear year, CancellationToken ct = default)
    {
        var lifetime = TimeSpan.FromSeconds(options.Value.CacheSeconds);
        if (lifetime <= TimeSpan.Zero) return CheckNowAsync(year, ct);

        var now = clock.GetUtcNow();
        bool Fresh(Entry e) => now - e.StartedAt < lifetime && !e.Check.Value.IsFaulted && !e.Check.Value.IsCanceled;
        Entry Start(int y) => new(now, new Lazy<Task<ReturnCheck>>(() => CheckNowAsync(new CollectionYear(y), CancellationToken.None)));

        foreach (var stale in _recent.Where(e => now - e.Value.StartedAt >= lifetime).Select(e => e.Key).ToList())
        {
            _recent.TryRemove(stale, out _);
        }
        var entry = _recent.AddOrUpdate(year.Year, Start, (y, existing) => Fresh(existing) ? existing : Start(y));
        // One caller giving up does not cancel the check the others are waiting for.
        return entry.Check.Value.WaitAsync(ct);
    }

    /// <summary>Drops a year's shared check, so the next request sees records just changed (an import).</summary>
    public void Forget(CollectionYear year) => _recent.TryRemove(year.Year, out _);

    private async Task<ReturnCheck> CheckNowAsync(CollectionYear year, CancellationToken ct)
    {
        var code = council.Value.Code;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var current = await Ssda903Exporter.BuildAsync(db, year, code, ct);
        // Last year as the records hold it today, so the rules comparing years can run.
        var previous = await Ssda903Exporter.BuildAsync(db, year.Previous, code, ct);
        var postcodes = await PostcodeDirectory.LoadAsync(db, ct);
        postcodes.Derive(current, code);
        postcodes.Derive(previous, code);
        var providers = await StoredOfstedList.LoadAsync(db, ct);
        var report = ReturnValidator.Validate(new RuleContext(current, code) { Previous = previous, Providers = providers });
        var ids = await db.Children.AsNoTracking().Select(c => new { c.PersonId, c.Id }).ToDictionaryAsync(c => c.PersonId, c => c.Id, StringComparer.Ordinal, ct);
        return new ReturnCheck(year, clock.GetUtcNow(), current, report, ids);
    }
}
