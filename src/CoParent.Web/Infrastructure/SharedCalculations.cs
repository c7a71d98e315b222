using System.Collections.Concurrent;

namespace CoParent.Web.Infrastructure;

/// <summary>
/// Results of a costly calculation kept for a short while by key (a date, a period), so that many people opening
/// the same figures at once share one calculation, started once even when the requests arrive together.
/// </summary>
public sealed class SharedCalculations<TKey, TValue>(TimeProvider clock) where TKey : notnull
{
    private sealed record Entry(DateTimeOffset StartedAt, Lazy<Task<TValue>> Value);

    private readonly ConcurrentDictionary<TKey, Entry> _recent = new();

    /// <param name="lifetime">How long a result is reused; zero or less works it out every time.</param>
    public Task<TValue> GetAsync(TKey key, TimeSpan lifetime, Func<TKey, CancellationToken, Task<TValue>> calculate, CancellationToken ct)
    {
        if (lifetime <= TimeSpan.Zero) return calculate(key, ct);

        var now = clock.GetUtcNow();
        bool Fresh(Entry e) => now - e.StartedAt < lifetime && !e.Value.Value.IsFaulted && !e.Value.Value.IsCanceled;
        Entry Start(TKey k) => new(now, new Lazy<Task<TValue>>(() => calculate(k, CancellationToken.None)));

        foreach (var stale in _recent.Where(e => now - e.Value.StartedAt >= lifetime).Select(e => e.Key).ToList())
        {
            _recent.TryRemove(stale, out _);
        }
        var entry = _recent.AddOrUpdate(key, Start, (k, existing) => Fresh(existing) ? existing : Start(k));
        // One caller giving up does not cancel the calculation the others are waiting for.
        return entry.Value.Value.WaitAsync(ct);
    }
}
