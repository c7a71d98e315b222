using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CoParent.Cli;
using CoParent.Core.Access;
using CoParent.Core.Allocations;
using CoParent.Core.Children;
using CoParent.Core.Ssda903;
using CoParent.Data;
using CoParent.Data.Demo;
using CoParent.Data.Identity;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoParent.Web.Tests.Features.Demo;

/// <summary>
/// <c>coparent demo generate</c>, run as a person would run it, into a database of its own (the shared
/// fixture database already has test children, and the command refuses a database that has any).
/// </summary>
public abstract partial class DemoCouncilTests(DemoDatabase demo)
{
    private const int Children = 300;
    private const int CareLeavers = 200;
    private static readonly DateOnly AsAt = new(2026, 11, 23);

    private DemoDatabase Demo
    {
        get
        {
            Skip.If(demo.SkipReason is not null, demo.SkipReason);
            return demo;
        }
    }

    public static string[] GenerateArgs(string connection, int seed = 42) =>
        ["--connection", connection, "demo", "generate", "--children", $"{Children}", "--care-leavers", $"{CareLeavers}",
         "--seed", $"{seed}", "--as-at", "2026-11-23"];

    [SkippableFact]
    public void Generate_ExitsWithZero()
    {
        Assert.Equal(0, Demo.ExitCode);
    }

    [SkippableFact]
    public async Task Generate_SameSeedTwice_GivesIdenticalRecords()
    {
        var second = await Demo.NewDatabaseAsync();

        var exit = await CliProgram.CreateRoot().Parse(GenerateArgs(second)).InvokeAsync();

        Assert.Equal(0, exit);
        Assert.Equal(await DigestAsync(Demo.ConnectionString), await DigestAsync(second));
    }

    [SkippableFact]
    public async Task Generate_ChildrenInCareOnAsAtDate_EqualsChildrenOption()
    {
        var inCare = await Demo.WithDbAsync(db => db.CareEpisodes
            .Where(e => e.Decom <= AsAt && (e.Dec == null || e.Dec > AsAt))
            .Select(e => e.ChildId).Distinct().CountAsync());

        Assert.Equal(Children, inCare);
    }

    [SkippableFact]
    public async Task Generate_CareLeavers_EqualsCareLeaversOption()
    {
        var children = await Demo.WithDbAsync(db => db.Children.AsNoTracking().Include(c => c.Episodes).ToListAsync());

        // DfE: looked after 13 weeks or more since the 14th birthday, care ended at 16 or over, now 18 to 25.
        var careLeavers = children.Count(c =>
        {
            var last = c.Episodes.MaxBy(e => e.Decom)!;
            var age = Age.On(c.DateOfBirth, AsAt);
            var periodStart = c.Episodes.Where(e => e.Rne == "S").Max(e => e.Decom);
            var from = periodStart > c.DateOfBirth.AddYears(14) ? periodStart : c.DateOfBirth.AddYears(14);
            return last.Dec is { } ended && age is >= 18 and <= 25 && ended >= c.DateOfBirth.AddYears(16)
                && ended.DayNumber - from.DayNumber >= 91;
        });

        Assert.Equal(CareLeavers, careLeavers);
    }

    [SkippableFact]
    public async Task Generate_EveryChildInCare_HasCurrentSocialWorkerAndIro()
    {
        var missing = await Demo.WithDbAsync(db => db.Children
            .Where(c => c.Episodes.Any(e => e.Decom <= AsAt && e.Dec == null))
            .Where(c => !c.Allocations.Any(a => a.Role == AllocationRole.SocialWorker && a.From <= AsAt && a.To == null && a.TeamId != null)
                || !c.Allocations.Any(a => a.Role == AllocationRole.IndependentReviewingOfficer && a.From <= AsAt && a.To == null))
            .CountAsync());

        Assert.Equal(0, missing);
    }

    [SkippableFact]
    public async Task Generate_ChildrenInCare_AreDistributedRoughlyAsParameterised()
    {
        var current = await Demo.WithDbAsync(db => db.CareEpisodes.AsNoTracking().Include(e => e.Child)
            .Where(e => e.Decom <= AsAt && e.Dec == null).ToListAsync());

        double Share(Func<Core.CareEpisodes.CareEpisode, bool> test) => current.Count(test) / (double)current.Count;
        Assert.InRange(Share(e => CodeSets.IsFoster(e.Place)), 0.6, 0.8);
        Assert.InRange(Share(e => e.Child!.Sex == "M"), 0.48, 0.64);
        Assert.InRange(Share(e => e.Child!.IsUasc), 0.04, 0.15);
        Assert.InRange(Share(e => Age.On(e.Child!.DateOfBirth, AsAt) >= 16), 0.17, 0.40);
        Assert.InRange(Share(e => e.Ls == "C2"), 0.45, 0.75);
        Assert.InRange(Share(e => e.PlLocation == "OUT" && e.PlDistance > 20), 0.05, 0.4);
        Assert.InRange(Share(e => e.Child!.Ethnicity.StartsWith('W')), 0.6, 0.8);
        var unrelatedFoster = current.Where(e => e.Place is "U4" or "U5" or "U6").ToList();
        Assert.True(unrelatedFoster.Count(e => e.PlaceProvider == "PR1") > unrelatedFoster.Count(e => e.PlaceProvider is "PR4" or "PR5"),
            "Most fostered children should be with the council's own carers");
    }

    [SkippableFact]
    public async Task Generate_Episodes_FollowTheSsda903Rules()
    {
        var children = await Demo.WithDbAsync(db => db.Children.AsNoTracking().Include(c => c.Episodes).ToListAsync());

        foreach (var child in children)
        {
            Assert.InRange(child.PersonId.Length, 1, 10);
            if (child.Upn is not null) Assert.Matches(UpnPattern(), child.Upn);
            var episodes = child.Episodes.OrderBy(e => e.Decom).ToList();
            Assert.Equal("S", episodes[0].Rne);
            for (var i = 0; i < episodes.Count; i++)
            {
                var episode = episodes[i];
                Assert.True(episode.Decom >= child.DateOfBirth, $"{child.PersonId}: care before birth");
                Assert.NotNull(episode.PlLa);
                Assert.NotNull(episode.PlLocation);
                // An unaccompanied child has no home postcode here, so no distance (rule 406).
                if (child.IsUasc) Assert.Null(episode.PlDistance);
                else Assert.NotNull(episode.PlDistance);
                // No Ofsted URN for placements with parents or in custody.
                if (episode.Place is "P1" or "R5") Assert.Null(episode.Urn);
                else Assert.Matches("^[0-9]{7}$", episode.Urn ?? "");
                if (episode.Rec == "X1")
                {
                    Assert.Equal(episode.Dec, episodes[i + 1].Decom);
                    Assert.NotEqual("S", episodes[i + 1].Rne);
                }
                else if (i + 1 < episodes.Count)
                {
                    Assert.Equal("S", episodes[i + 1].Rne);
                    Assert.True(episodes[i + 1].Decom > episode.Dec, $"{child.PersonId}: a new period starts before the last ended");
                }
            }
        }
    }

    [SkippableFact]
    public async Task Generate_DemoUsers_HaveTheirRolesAndTheDocumentedPassword()
    {
        using var provider = CliHost.Build(Demo.ConnectionString);
        using var scope = provider.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CoParentUser>>();

        foreach (var demoUser in DemoCouncilGenerator.Users)
        {
            var user = await users.FindByNameAsync(demoUser.UserName);
            Assert.NotNull(user);
            Assert.True(await users.IsInRoleAsync(user, demoUser.Role), $"{demoUser.UserName} should be a {demoUser.Role}");
            Assert.True(await users.CheckPasswordAsync(user, "coparent-demo-2026"), $"{demoUser.UserName} should sign in with the documented password");
        }
    }

    [SkippableFact]
    public async Task Generate_DemoSocialWorker_HoldsAboutFifteenChildrenInTheDemoTeam()
    {
        var (team, children, iroChildren) = await Demo.WithDbAsync(async db =>
        {
            var worker = await db.Users.SingleAsync(u => u.UserName == "social.worker");
            var iro = await db.Users.SingleAsync(u => u.UserName == "iro");
            var manager = await db.Users.SingleAsync(u => u.UserName == "team.manager");
            var team = await db.Teams.SingleAsync(t => t.Id == worker.TeamId);
            Assert.Equal(worker.TeamId, manager.TeamId);
            var children = await db.Allocations.CountAsync(a => a.UserId == worker.Id && a.To == null && a.TeamId == team.Id);
            var iroChildren = await db.Allocations.CountAsync(a => a.UserId == iro.Id && a.To == null);
            return (team.Name, children, iroChildren);
        });

        Assert.Equal("Chelmsford CiC 1", team);
        Assert.InRange(children, 5, 16);
        Assert.InRange(iroChildren, 30, 41);
    }

    [SkippableFact]
    public async Task Generate_IntoDatabaseThatHasChildren_RefusesAndWritesNothing()
    {
        var before = await Demo.WithDbAsync(db => db.Children.CountAsync());

        var exit = await CliProgram.CreateRoot().Parse(GenerateArgs(Demo.ConnectionString, seed: 7)).InvokeAsync();

        Assert.Equal(1, exit);
        Assert.Equal(before, await Demo.WithDbAsync(db => db.Children.CountAsync()));
    }

    [SkippableFact]
    public async Task Generate_ThenAddingAChild_GivesItANewId()
    {
        var id = await Demo.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var child = new Child { PersonId = "NEW0000001", GivenName = "Test", FamilyName = "Child", DateOfBirth = new(2020, 1, 1) };
            db.Children.Add(child);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return child.Id;
        });

        Assert.True(id > Children + CareLeavers, "Generated children keep their IDs; new ones come after them");
    }

    [SkippableFact]
    public async Task GenerateAsync_IntoDatabaseThatHasChildren_SaysWhy()
    {
        using var provider = CliHost.Build(Demo.ConnectionString);
        using var scope = provider.CreateScope();
        var services = scope.ServiceProvider;

        var refused = await Assert.ThrowsAsync<DemoCouncilException>(() => DemoCouncilGenerator.GenerateAsync(
            services.GetRequiredService<CoParentDbContext>(), services.GetRequiredService<UserManager<CoParentUser>>(),
            services.GetRequiredService<RoleManager<IdentityRole>>(), new DemoOptions(10, 10), "E10000012",
            new FakeTimeProvider(CoParentApp.Now), null, default));

        Assert.Contains("already holds children", refused.Message);
    }

    /// <summary>Everything the seed decides about each child, in a stable order.</summary>
    private static async Task<string> DigestAsync(string connection)
    {
        using var provider = CliHost.Build(connection);
        using var scope = provider.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoParentDbContext>();
        var children = await db.Children.AsNoTracking().Include(c => c.Episodes).Include(c => c.Allocations).ToListAsync();
        var text = new StringBuilder();
        foreach (var c in children.OrderBy(c => c.PersonId, StringComparer.Ordinal))
        {
            text.AppendLine($"{c.PersonId}|{c.GivenName}|{c.FamilyName}|{c.DateOfBirth:O}|{c.Sex}|{c.Ethnicity}|{c.Upn}|{c.HomePostcode}|{c.Version}");
            foreach (var e in c.Episodes.OrderBy(e => e.Decom))
            {
                text.AppendLine($" {e.Decom:O}|{e.Rne}|{e.Ls}|{e.Cin}|{e.Place}|{e.PlaceProvider}|{e.Dec:O}|{e.Rec}|{e.ReasonPlaceChange}|{e.PlPost}|{e.Urn}|{e.CarerName}|{e.PlLa}|{e.PlLocation}|{e.PlDistance}");
            }
            foreach (var a in c.Allocations.OrderBy(a => a.Role).ThenBy(a => a.From))
            {
                text.AppendLine($" {a.Role}|{a.UserId}|{a.From:O}|{a.To:O}");
            }
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    [GeneratedRegex("^([A-HJ-NP-RT-Z][0-9]{12}|UN[1-5])$")]
    private static partial Regex UpnPattern();
}

public sealed class DemoCouncilTests_Sqlite(SqliteDemoDatabase demo) : DemoCouncilTests(demo), IClassFixture<SqliteDemoDatabase>;

public sealed class DemoCouncilTests_Postgres(PostgresDemoDatabase demo) : DemoCouncilTests(demo), IClassFixture<PostgresDemoDatabase>;

/// <summary>A demo council generated once into a database of its own; more databases on request, all removed afterwards.</summary>
public abstract class DemoDatabase : IAsyncLifetime
{
    private readonly List<string> _created = [];

    public string ConnectionString { get; private set; } = "";
    public int ExitCode { get; private set; } = -1;
    public virtual string? SkipReason => null;

    public async Task InitializeAsync()
    {
        if (SkipReason is not null) return;
        ConnectionString = await NewDatabaseAsync();
        ExitCode = await CliProgram.CreateRoot().Parse(DemoCouncilTests.GenerateArgs(ConnectionString)).InvokeAsync();
    }

    public async Task<string> NewDatabaseAsync()
    {
        var connection = await CreateAsync();
        _created.Add(connection);
        return connection;
    }

    public async Task<T> WithDbAsync<T>(Func<CoParentDbContext, Task<T>> work)
    {
        using var provider = CliHost.Build(ConnectionString);
        using var scope = provider.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<CoParentDbContext>());
    }

    protected abstract Task<string> CreateAsync();

    protected abstract Task DropAsync(string connection);

    public async Task DisposeAsync()
    {
        foreach (var connection in _created) await DropAsync(connection);
    }
}

public sealed class SqliteDemoDatabase : DemoDatabase
{
    protected override Task<string> CreateAsync() =>
        Task.FromResult($"Data Source={Path.Combine(Path.GetTempPath(), $"coparent-demo-{Guid.NewGuid():N}.db")}");

    protected override Task DropAsync(string connection)
    {
        using (var sqlite = new Microsoft.Data.Sqlite.SqliteConnection(connection)) Microsoft.Data.Sqlite.SqliteConnection.ClearPool(sqlite);
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource;
        foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
        return Task.CompletedTask;
    }
}

public sealed class PostgresDemoDatabase : DemoDatabase
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("COPARENT_TEST_POSTGRES");

    public override string? SkipReason => Server is null
        ? (TestEnvironment.IsCi
            ? throw new InvalidOperationException("CI=true but COPARENT_TEST_POSTGRES is not set: PostgreSQL tests must run in CI.")
            : "PostgreSQL tests need COPARENT_TEST_POSTGRES (set by .ci/run)")
        : null;

    protected override Task<string> CreateAsync() => Task.FromResult(
        new Npgsql.NpgsqlConnectionStringBuilder(Server) { Database = $"coparent_demo_{Guid.NewGuid():N}" }.ConnectionString);

    protected override async Task DropAsync(string connection)
    {
        using (var own = new Npgsql.NpgsqlConnection(connection)) Npgsql.NpgsqlConnection.ClearPool(own);
        await using var server = new Npgsql.NpgsqlConnection(Server);
        await server.OpenAsync();
        await using var drop = server.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{new Npgsql.NpgsqlConnectionStringBuilder(connection).Database}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }
}
