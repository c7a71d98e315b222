using CoParent.Core.Measures;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Outcomes;

/// <summary>
/// Every child's care history (header fields and all their episodes, in order), read once for one calculation and
/// shared by the features' measures (<see cref="IOutcomeMeasures"/>). Scoped: <see cref="OutcomeFigures"/> makes a
/// scope per calculation, so the histories are as the records stand when it starts and are let go when it ends.
/// At national size (720,000 episodes) most features once read the same episodes for themselves, two seconds each.
/// </summary>
public sealed class CareHistories
{
    private readonly IDbContextFactory<CoParentDbContext>? _contexts;
    private readonly CoParentDbContext? _db;
    private readonly object _gate = new();
    private Task<IReadOnlyDictionary<int, ChildHistory>>? _loading;

    public CareHistories(IDbContextFactory<CoParentDbContext> contexts) => _contexts = contexts;

    private CareHistories(CoParentDbContext db) => _db = db;

    /// <summary>Histories read on a context of the caller's (a test working one feature out): not while it is busy with anything else.</summary>
    public static CareHistories On(CoParentDbContext db) => new(db);

    /// <summary>Every child with at least one episode, by id.</summary>
    public Task<IReadOnlyDictionary<int, ChildHistory>> ByChildAsync(CancellationToken ct = default)
    {
        lock (_gate)
        {
            // Started once, without the first caller's token: the others share it.
            return (_loading ??= LoadAsync(CancellationToken.None)).WaitAsync(ct);
        }
    }

    /// <summary>Every child with at least one episode.</summary>
    public async Task<IEnumerable<ChildHistory>> AllAsync(CancellationToken ct = default) => (await ByChildAsync(ct)).Values;

    private async Task<IReadOnlyDictionary<int, ChildHistory>> LoadAsync(CancellationToken ct)
    {
        if (_db is not null) return await LoadAsync(_db, ct);
        await using var db = await _contexts!.CreateDbContextAsync(ct);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await LoadAsync(db, ct);
    }

    private static async Task<IReadOnlyDictionary<int, ChildHistory>> LoadAsync(CoParentDbContext db, CancellationToken ct)
    {
        var children = await db.Children.AsNoTracking().Where(c => c.Episodes.Any())
            .Select(c => new { c.Id, c.DateOfBirth, c.Sex, c.Ethnicity, c.IsUasc, c.UascCeased })
            .ToDictionaryAsync(c => c.Id, ct);
        var episodes = new Dictionary<int, List<EpisodeFacts>>(children.Count);
        // The codes repeat endlessly (C2, U4, X1...): one string each keeps the histories small.
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Code(string? value) => value is null ? null : codes.TryGetValue(value, out var known) ? known : codes[value] = value;
        await foreach (var e in db.CareEpisodes.AsNoTracking().OrderBy(e => e.ChildId).ThenBy(e => e.Decom)
            .Select(e => new { e.ChildId, e.Decom, e.Rne, e.Ls, e.Place, e.PlaceProvider, e.Dec, e.Rec, e.PlLocation, e.PlDistance })
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!episodes.TryGetValue(e.ChildId, out var list)) episodes[e.ChildId] = list = [];
            list.Add(new EpisodeFacts(e.Decom, Code(e.Rne)!, Code(e.Ls)!, Code(e.Place)!, Code(e.PlaceProvider), e.Dec, Code(e.Rec), Code(e.PlLocation), e.PlDistance));
        }
        return children.Values.Where(c => episodes.ContainsKey(c.Id)).ToDictionary(c => c.Id,
            c => new ChildHistory(c.Id, c.DateOfBirth, c.Sex, c.Ethnicity, c.IsUasc, c.UascCeased, episodes[c.Id]));
    }
}
