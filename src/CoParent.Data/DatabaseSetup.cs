using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// One connection string, <c>ConnectionStrings:CoParent</c>, read by the web app and the CLI alike.
/// A PostgreSQL connection string (one that names a Host) switches provider; anything else is SQLite.
/// </summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "CoParent";
    public const string DefaultConnectionString = "Data Source=coparent.db";

    public static string ConnectionString(IConfiguration configuration) =>
        ResolveSqlitePath(configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } cs ? cs : DefaultConnectionString);

    /// <summary>
    /// A relative SQLite file is placed at the repository's root when running from a checkout, whichever project
    /// is run (<c>dotnet run</c> starts the web app in its own folder but the CLI in the caller's), so the web app
    /// and the CLI open the same file. Deployed, with no checkout around it, it is relative to the current folder.
    /// </summary>
    public static string ResolveSqlitePath(string connectionString)
    {
        if (ProviderFor(connectionString) != DatabaseProvider.Sqlite) return connectionString;
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is not { Length: > 0 } file || Path.IsPathRooted(file) || file == ":memory:") return connectionString;
        builder.DataSource = Path.Combine(RepositoryRoot() ?? Directory.GetCurrentDirectory(), file);
        return builder.ToString();
    }

    private static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CoParent.slnx"))) return dir.FullName;
            }
        }
        return null;
    }

    public static DatabaseProvider ProviderFor(string connectionString) =>
        connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase)
        || connectionString.Contains("Server=", StringComparison.OrdinalIgnoreCase)
        || connectionString.StartsWith("postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.PostgreSql
            : DatabaseProvider.Sqlite;

    public static IServiceCollection AddCoParentDatabase(this IServiceCollection services, string connectionString)
    {
        if (ProviderFor(connectionString) == DatabaseProvider.PostgreSql)
        {
            services.AddDbContextFactory<PostgresCoParentDbContext>(o => ConfigurePostgres(o, connectionString));
            services.AddSingleton<IDbContextFactory<CoParentDbContext>, Factory<PostgresCoParentDbContext>>();
        }
        else
        {
            services.AddDbContextFactory<SqliteCoParentDbContext>(o => ConfigureSqlite(o, connectionString));
            services.AddSingleton<IDbContextFactory<CoParentDbContext>, Factory<SqliteCoParentDbContext>>();
        }

        // The request's (or command's) unit of work; the audit log writes through its own context so
        // that a denied or failed request is still recorded.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CoParentDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>
    /// Brings the database to the newest migration. A SQLite file is switched to write-ahead logging (the setting
    /// stays with the file): in SQLite's default rollback mode a long read, such as a page computing the Outcomes,
    /// holds off every write until it ends, so a worker saving a form or signing in waited behind it.
    /// With WAL, readers and the one writer no longer block each other.
    /// A new database is also given the strategy the repository ships (<see cref="Strategy.StrategyStore"/>).
    /// </summary>
    public static async Task MigrateAsync(CoParentDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await Strategy.StrategyStore.EnsureLoadedAsync(db, TimeProvider.System, ct);
    }

    internal static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.CommandTimeout(120));

    internal static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.CommandTimeout(120));

    private sealed class Factory<T>(IDbContextFactory<T> inner) : IDbContextFactory<CoParentDbContext>
        where T : CoParentDbContext
    {
        public CoParentDbContext CreateDbContext() => inner.CreateDbContext();
    }
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCoParentDbContext>
{
    public SqliteCoParentDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteCoParentDbContext>();
        DatabaseSetup.ConfigureSqlite(options, DatabaseSetup.DefaultConnectionString);
        return new SqliteCoParentDbContext(options.Options);
    }
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model (no server needed).</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCoParentDbContext>
{
    public PostgresCoParentDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresCoParentDbContext>();
        DatabaseSetup.ConfigurePostgres(options, "Host=localhost;Database=coparent_design");
        return new PostgresCoParentDbContext(options.Options);
    }
}
