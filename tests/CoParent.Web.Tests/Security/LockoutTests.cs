using System.Net;
using CoParent.Core.Access;
using CoParent.Core.Audit;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Security;

/// <summary>Issue 3 §3 (e): five wrong passwords lock the account, and every failure is audited.</summary>
public abstract class LockoutTests(CoParentApp app) : IntegrationTest(app)
{
    [SkippableFact]
    public async Task Post_SignIn_AfterFiveWrongPasswords_RefusesTheRightOneWithTheLockoutMessage()
    {
        var userName = $"t.lockout{Guid.NewGuid():N}"[..24];
        var userId = await App.AddUserAsync(userName, Roles.SocialWorker, TestUsers.TeamA);
        var client = App.CreateBrowserlessClient();

        var wrong = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var attempt = await client.SignInAsync(userName, "not the password at all");
            wrong.Add(attempt.StatusCode);
        }
        using var right = await client.SignInAsync(userName);
        var html = await right.Content.ReadAsStringAsync();

        Assert.All(wrong, s => Assert.Equal(HttpStatusCode.BadRequest, s));
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.True(SecurityHttp.SetCookieValue(right, "coparent") is null or "", "a locked account got a session cookie");
        Assert.Contains("This account is locked after too many wrong passwords", html);
        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.UserId == userId && a.Action.StartsWith("signin")).OrderBy(a => a.Id).ToListAsync());
        Assert.All(audit, a => Assert.Equal(AuditOutcome.Failed, a.Outcome));
        Assert.Equal(6, audit.Count);
        // The fifth wrong password is the one that locks the account.
        Assert.Equal(["signin.failed", "signin.failed", "signin.failed", "signin.failed", "signin.locked-out", "signin.locked-out"], audit.Select(a => a.Action));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LockoutTests_Sqlite(SqliteApp app) : LockoutTests(app);

[Collection(PostgresCollection.Name)]
public sealed class LockoutTests_Postgres(PostgresApp app) : LockoutTests(app);
