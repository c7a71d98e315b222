using CoParent.Cli.Commands;
using CoParent.Core.Access;
using CoParent.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CoParent.Web.Tests.Infrastructure;

/// <summary>
/// The whole web app over a real database, one per test collection. Subclasses choose the provider;
/// the same test classes run on each (see <see cref="SqliteApp"/> and <see cref="PostgresApp"/>).
/// </summary>
public abstract class CoParentApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Tests run "today" = 23 November 2026, 10:00 UK time, unless they move the clock.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = CreateClock();
    public CapturingLoggerProvider Logs { get; } = new();
    public TestUsers Users { get; private set; } = null!;

    public abstract string ConnectionString { get; }

    /// <summary>Why this provider cannot run here; tests skip (never in CI, where the fixture fails instead).</summary>
    public virtual string? SkipReason => null;

    private static FakeTimeProvider CreateClock()
    {
        var clock = new FakeTimeProvider(Now);
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        return clock;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // UseSetting, not ConfigureAppConfiguration: Program reads the connection string before Build().
        builder.UseSetting("ConnectionStrings:CoParent", ConnectionString);
        builder.UseSetting("Demo:GenerateOnFirstStart", "false");
        builder.UseSetting("Scorecard:AutoFreeze", "false");
        // Tests change records and read the figures straight back; DashboardMeasuresCacheTests covers the cache.
        builder.UseSetting("Dashboard:CacheSeconds", "0");
        // Every test comes from one address: the code pages' rate limit has its own test (HaveYourSayRateLimitTests).
        builder.UseSetting("HaveYourSay:CodeAttemptsPerMinute", "0");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public virtual async Task InitializeAsync()
    {
        if (SkipReason is not null) return;
        await PrepareDatabaseAsync();
        StartServer(); // runs Program: migrations and reference data
        Users = await TestUsers.CreateAsync(this);
    }

    protected virtual Task PrepareDatabaseAsync() => Task.CompletedTask;

    public new virtual async Task DisposeAsync() => await base.DisposeAsync();

    public HttpClient CreateBrowserlessClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>Runs work against the database in a scope of its own.</summary>
    public async Task<T> WithDbAsync<T>(Func<CoParentDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<CoParentDbContext>());
    }

    public Task WithDbAsync(Func<CoParentDbContext, Task> work) => WithDbAsync(async db => { await work(db); return 0; });

    /// <summary>Creates a user through the same code as <c>coparent users add</c>.</summary>
    public async Task<string> AddUserAsync(string userName, string role, string? team = null, string? school = null)
    {
        using var scope = Services.CreateScope();
        var result = await UsersCommands.AddAsync(scope.ServiceProvider, userName, $"Test {Roles.Describe(role)} {userName}", role, team, TestUsers.Password, default, school);
        if (result.Errors.Count > 0) throw new InvalidOperationException(string.Join("; ", result.Errors));
        return (await scope.ServiceProvider.GetRequiredService<CoParentDbContext>().Users.SingleAsync(u => u.UserName == userName)).Id;
    }
}

public sealed class SqliteApp : CoParentApp
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"coparent-test-{Guid.NewGuid():N}.db");

    public override string ConnectionString => $"Data Source={_file}";

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(f);
    }
}

/// <summary>
/// PostgreSQL from <c>COPARENT_TEST_POSTGRES</c> (a connection string to a server where the user may
/// create databases). Each fixture gets a database of its own, dropped afterwards.
/// </summary>
public sealed class PostgresApp : CoParentApp
{
    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable("COPARENT_TEST_POSTGRES");
    private readonly string _database = $"coparent_test_{Guid.NewGuid():N}";

    public override string ConnectionString =>
        new Npgsql.NpgsqlConnectionStringBuilder(PostgresServer) { Database = _database }.ConnectionString;

    public override string? SkipReason => PostgresServer is null
        ? (TestEnvironment.IsCi
            ? throw new InvalidOperationException("CI=true but COPARENT_TEST_POSTGRES is not set: PostgreSQL tests must run in CI.")
            : "PostgreSQL tests need COPARENT_TEST_POSTGRES (set by .ci/run)")
        : null;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (PostgresServer is null) return;
        Npgsql.NpgsqlConnection.ClearAllPools();
        await using var connection = new Npgsql.NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }
}

public static class TestEnvironment
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>
{
    public const string Name = "PostgreSQL";
}

/// <summary>
/// Base for integration tests that run on both databases. Tests reach the app through <see cref="App"/>,
/// which skips the test (outside CI) when the provider is not available here.
/// </summary>
public abstract class IntegrationTest(CoParentApp app)
{
    protected CoParentApp App
    {
        get
        {
            Skip.If(app.SkipReason is not null, app.SkipReason);
            return app;
        }
    }
}
