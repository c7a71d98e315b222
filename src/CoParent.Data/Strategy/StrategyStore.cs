using System.Reflection;
using CoParent.Core.Strategy;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.Strategy;

/// <summary>
/// The strategy in force and its history. A new database is loaded with the strategy the repository ships, and its
/// "Taking action" list becomes the first delivery-plan actions; after that only an administrator changes it, and
/// each change is a new <see cref="StrategyVersion"/>.
/// </summary>
public static class StrategyStore
{
    public const string DefaultReason = "Loaded the Co-Parenting Strategy 2022-27 from the repository";
    public const string SystemUser = "CoParent";

    /// <summary>The strategy the repository ships (structure and short titles, descriptions in our own words).</summary>
    public static StrategyDocument Default { get; } = LoadDefault();

    public static string DefaultJson()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("co-parenting-strategy.json")
            ?? throw new InvalidOperationException("The bundled co-parenting-strategy.json is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static StrategyDocument LoadDefault()
    {
        var (document, errors) = StrategyDocument.Parse(DefaultJson());
        return document ?? throw new InvalidOperationException("The bundled strategy is not valid: " + string.Join("; ", errors));
    }

    /// <summary>The newest saved version, or the bundled strategy when none has been saved.</summary>
    public static async Task<StrategyDocument> CurrentAsync(CoParentDbContext db, CancellationToken ct = default)
    {
        var json = await db.StrategyVersions.AsNoTracking().OrderByDescending(v => v.Id).Select(v => v.Json).FirstOrDefaultAsync(ct);
        return json is null ? Default : StrategyDocument.Parse(json).Document ?? Default;
    }

    /// <summary>Saves a new version, after checking it; the errors say what is wrong and nothing is saved.</summary>
    public static async Task<IReadOnlyList<string>> SaveAsync(
        CoParentDbContext db, StrategyDocument document, string reason, string savedBy, DateTime nowUtc, CancellationToken ct = default)
    {
        var errors = document.Validate();
        if (errors.Count > 0) return errors;
        db.StrategyVersions.Add(new StrategyVersion
        {
            Title = document.Title, Json = document.ToJson(), Reason = reason, SavedBy = savedBy, SavedAtUtc = nowUtc,
        });
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>
    /// On a database with no strategy yet: saves the bundled one as version 1 and, if there are no delivery-plan
    /// actions, adds the strategy's "Taking action" list as actions not yet started and not yet owned.
    /// </summary>
    public static async Task EnsureLoadedAsync(CoParentDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.StrategyVersions.AnyAsync(ct)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        await SaveAsync(db, Default, DefaultReason, SystemUser, now, ct);
        if (await db.DeliveryActions.AnyAsync(ct)) return;
        db.DeliveryActions.AddRange(Default.Actions.Select(a => new DeliveryAction
        {
            Outcome = a.Outcome, Title = a.Title, Owner = UnassignedOwner, Status = ActionStatus.NotStarted,
            CreatedAtUtc = now, UpdatedAtUtc = now,
        }));
        await db.SaveChangesAsync(ct);
    }

    public const string UnassignedOwner = "Not yet agreed";
}
