using Microsoft.EntityFrameworkCore;

namespace CoParent.Data;

/// <summary>
/// Keeps the query planner's statistics current. Without them SQLite cannot tell that walking the children
/// by name is cheaper than sorting every child in care, and the register slows from milliseconds to a
/// tenth of a second a page at national size.
/// </summary>
public static class DatabaseStatistics
{
    /// <param name="afterBulkLoad">True after loading many rows at once (demo council, postcode directory).</param>
    public static async Task RefreshAsync(CoParentDbContext db, bool afterBulkLoad, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            var hasStatistics = await db.Database
                .SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM sqlite_master WHERE name = 'sqlite_stat1'")
                .SingleAsync(ct) > 0;
            await db.Database.ExecuteSqlRawAsync(afterBulkLoad || !hasStatistics ? "ANALYZE" : "PRAGMA optimize", ct);
        }
        else if (afterBulkLoad)
        {
            // PostgreSQL's autovacuum keeps statistics current in normal use; a bulk load should not wait for it.
            await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        }
    }
}
