using CoParent.Core.Audit;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Security;

/// <summary>The audit is append-only in the database itself, whatever the code above it does.</summary>
public abstract class AuditAppendOnlyTests(CoParentApp app) : IntegrationTest(app)
{
    [SkippableFact]
    public async Task UpdateAuditEntry_ThroughEf_Throws()
    {
        var id = await AddEntryAsync();

        var thrown = await Record.ExceptionAsync(() => App.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.SingleAsync(a => a.Id == id);
            entry.Outcome = AuditOutcome.Allowed;
            await db.SaveChangesAsync();
        }));

        Assert.IsType<DbUpdateException>(thrown);
        Assert.Equal(AuditOutcome.Denied, await OutcomeAsync(id));
    }

    [SkippableFact]
    public async Task DeleteAuditEntry_ThroughEf_Throws()
    {
        var id = await AddEntryAsync();

        var thrown = await Record.ExceptionAsync(() => App.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(a => a.Id == id));
            await db.SaveChangesAsync();
        }));

        Assert.IsType<DbUpdateException>(thrown);
        Assert.Equal(AuditOutcome.Denied, await OutcomeAsync(id));
    }

    [SkippableFact]
    public async Task UpdateAuditEntry_WithRawSql_Throws()
    {
        var id = await AddEntryAsync();

        var thrown = await Record.ExceptionAsync(() => App.WithDbAsync(db =>
            db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"UserName\" = 'someone else' WHERE \"Id\" = {id}")));

        Assert.NotNull(thrown);
        Assert.Equal(AuditOutcome.Denied, await OutcomeAsync(id));
    }

    [SkippableFact]
    public async Task DeleteAuditEntry_WithRawSql_Throws()
    {
        var id = await AddEntryAsync();

        var thrown = await Record.ExceptionAsync(() => App.WithDbAsync(db =>
            db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Id\" = {id}")));

        Assert.NotNull(thrown);
        Assert.Equal(AuditOutcome.Denied, await OutcomeAsync(id));
    }

    private Task<long> AddEntryAsync() => App.WithDbAsync(async db =>
    {
        var entry = new AuditEntry
        {
            AtUtc = CoParentApp.Now.UtcDateTime, UserId = App.Users.OtherSocialWorkerId, UserName = TestUsers.OtherSocialWorker,
            Action = "test.append-only", Outcome = AuditOutcome.Denied, Channel = "test",
        };
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    });

    private Task<AuditOutcome> OutcomeAsync(long id) =>
        App.WithDbAsync(db => db.AuditEntries.Where(a => a.Id == id).Select(a => a.Outcome).SingleAsync());
}

[Collection(SqliteCollection.Name)]
public sealed class AuditAppendOnlyTests_Sqlite(SqliteApp app) : AuditAppendOnlyTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuditAppendOnlyTests_Postgres(PostgresApp app) : AuditAppendOnlyTests(app);
