using CoParent.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.Audit;

/// <summary>
/// Writes audit entries straight away, through a context of its own, so that an entry survives a
/// request that is denied or fails. Used by the web app and the CLI.
/// </summary>
public sealed class AuditLog(IDbContextFactory<CoParentDbContext> contexts, TimeProvider clock)
{
    public async Task RecordAsync(
        string action, AuditOutcome outcome, string? userId, string? userName, int? childId, string? channel,
        CancellationToken cancellationToken = default)
    {
        await RecordManyAsync(action, outcome, userId, userName, childId is null ? [null] : [childId], channel, cancellationToken);
    }

    public async Task RecordManyAsync(
        string action, AuditOutcome outcome, string? userId, string? userName, IEnumerable<int?> childIds, string? channel,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var childId in childIds)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = now,
                UserId = userId,
                UserName = userName,
                ChildId = childId,
                Action = action,
                Outcome = outcome,
                Channel = channel is { Length: > 300 } ? channel[..300] : channel,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
