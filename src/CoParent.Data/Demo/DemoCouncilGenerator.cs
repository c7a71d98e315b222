using System.Globalization;
using CoParent.Core.Access;
using CoParent.Core.Allocations;
using CoParent.Core.Children;
using CoParent.Core.Ssda903.Returns;
using CoParent.Data.Identity;
using CoParent.Data.ReferenceData;
using CoParent.Data.Ssda903.Storing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.Demo;

/// <summary>
/// Generates a fictional council into an empty database: children in care with years of history,
/// children whose care ended, care leavers, social work teams, staff and their allocations, and one
/// demo sign-in per role. The same seed and as-at date always give the same records.
/// </summary>
public static class DemoCouncilGenerator
{
    public const string Password = "coparent-demo-2026";
    public const string DemoTeam = "Chelmsford CiC 1";

    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        new("social.worker", Password, Roles.SocialWorker, $"Social worker in {DemoTeam}: about 15 children"),
        new("team.manager", Password, Roles.TeamManager, $"Team manager of {DemoTeam}: the team's children"),
        new("iro", Password, Roles.Iro, "Independent reviewing officer: about 40 children"),
        new("manager", Password, Roles.Manager, "Manager: every child and the dashboard"),
        new("councillor", Password, Roles.Councillor, "Councillor: the dashboard's figures, no names"),
        new("admin", Password, Roles.Administrator, "Administrator: users, no child records"),
        new("personal.adviser", Password, Roles.PersonalAdviser, $"Personal adviser: about {DemoCareLeavers.Caseload} young people leaving care"),
        .. DemoSchools.Users,
    ];

    private const int BatchSize = 2000;

    private sealed record StaffMember(string Id, string UserName, string DisplayName, string Role, string? Team, string? Password);

    public static async Task<DemoResult> GenerateAsync(
        CoParentDbContext db, UserManager<CoParentUser> users, RoleManager<IdentityRole> roles, DemoOptions options,
        string councilCode, TimeProvider clock, IProgress<string>? progress, CancellationToken ct)
    {
        if (options.Children < 1) throw new DemoCouncilException("The demo council needs at least one child in care.");
        if (options.CareLeavers < 0) throw new DemoCouncilException("The number of care leavers cannot be negative.");
        if (await db.Children.AnyAsync(ct))
        {
            throw new DemoCouncilException(
                "The database already holds children, so the demo council was not generated. Point the connection string at a new database.");
        }
        var demoNames = Users.Select(u => users.NormalizeName(u.UserName)).ToList();
        var taken = await db.Users.Where(u => demoNames.Contains(u.NormalizedUserName!)).Select(u => u.UserName).ToListAsync(ct);
        if (taken.Count > 0)
        {
            throw new DemoCouncilException(
                $"The database already has users called {string.Join(", ", taken)}, so the demo council was not generated. Point the connection string at a new database.");
        }

        var d = options.Distributions;
        var asAt = options.AsAt ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var random = new Random(options.Seed);

        progress?.Report("Loading postcodes");
        await PostcodeImporter.EnsureLoadedAsync(db, ct);
        var postcodes = await DemoPostcodes.LoadAsync(db, councilCode, ct);
        var providers = new DemoProviders(random, postcodes, d, options.Children);
        var factory = new DemoChildFactory(random, d, postcodes, providers, asAt, clock.GetUtcNow().UtcDateTime);

        var inCare = new List<InCareChild>(options.Children);
        for (var i = 0; i < options.Children; i++) inCare.Add(factory.NewChildInCare());
        progress?.Report($"Generated {inCare.Count:N0} children in care as at {asAt:d MMMM yyyy}");

        var existingUserNames = (await db.Users.Select(u => u.NormalizedUserName).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var olderInCare = inCare.Count(c => Age.On(c.Child.DateOfBirth, asAt) >= 16);
        var staff = Staff(random, d, inCare, users, existingUserNames, DemoCareLeavers.AdvisersNeeded(olderInCare, options.CareLeavers), options.Seed);
        Allocate(random, d, inCare, staff, asAt);

        var episodes = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var teamIds = await SaveTeamsAsync(db, ct);
            await SaveStaffAsync(db, users, roles, staff, teamIds, ct);
            progress?.Report($"Saved {DemoChildFactory.Teams.Length} teams and {staff.Count:N0} staff");

            foreach (var allocation in inCare.SelectMany(c => c.Child.Allocations))
            {
                allocation.TeamId = allocation.Team is { } team ? teamIds[team.Name] : null;
                allocation.Team = null;
            }
            var people = new List<Child>();
            episodes += await SaveChildrenAsync(db, inCare.Select(c => c.Child), inCare.Count, "children in care", people, progress, ct);
            inCare.Clear();
            episodes += await SaveChildrenAsync(db, Generate(options.CareLeavers, factory.NewCareLeaver), options.CareLeavers, "care leavers", people, progress, ct);
            var past = (int)Math.Round(options.Children * d.PastChildrenPerChildInCare);
            episodes += await SaveChildrenAsync(db, Generate(past, factory.NewPastChild), past, "children whose care ended", people, progress, ct);
            await SaveReturnRecordsAsync(db, people, asAt, options.Seed, progress, ct);
            await DemoFamily.SaveAsync(db, people, asAt, options.Seed, progress, ct);
            await DemoSafety.SaveAsync(db, people, asAt, options.Seed, ct);
            await DemoIdentity.SaveAsync(db, people, asAt, options.Seed, progress, ct);
            await DemoVoice.SaveAsync(db, people, asAt, options.Seed, ct);
            await DemoHealth.SaveAsync(db, people, asAt, options.Seed, progress, ct);
            await DemoCareLeavers.SaveAsync(db, people, asAt, options.Seed, staff.Where(s => s.Role == Roles.PersonalAdviser).Select(s => s.Id).ToList(), progress, ct);
            await DemoReviews.AddAsync(db, ct);
            // The Virtual School: schools and the roll first, then what hangs off a child's enrolment (PEPs before the PP+ committed against their targets).
            await DemoSchools.SaveAsync(db, users, asAt, options.Seed, ct);
            await DemoAttendance.AddAsync(db, asAt, options.Seed, ct);
            await DemoExclusions.SaveAsync(db, asAt, options.Seed, ct);
            await DemoAttainment.SaveAsync(db, asAt, options.Seed, ct);
            await DemoPeps.AddAsync(db, asAt, options.Seed, ct);
            await DemoPupilPremium.SaveAsync(db, asAt, options.Seed, ct);
            await DemoDeliveryPlans.SaveAsync(db, asAt, options.Seed, ct);

            await transaction.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
        await DatabaseStatistics.RefreshAsync(db, afterBulkLoad: true, ct);
        progress?.Report($"Done: {options.Children:N0} children in care, {options.CareLeavers:N0} care leavers, {episodes:N0} episodes");
        return new DemoResult(options.Children, options.CareLeavers, episodes, Users);
    }

    private static IEnumerable<Child> Generate(int count, Func<Child> make)
    {
        for (var i = 0; i < count; i++) yield return make();
    }

    /// <summary>Social workers enough for the caseload in each team, a manager per team, IROs and personal advisers.</summary>
    private static List<StaffMember> Staff(
        Random random, DemoDistributions d, List<InCareChild> inCare, UserManager<CoParentUser> users, HashSet<string?> taken, int advisers, int seed)
    {
        string NewId() => NewGuid(random).ToString();
        foreach (var demo in Users) taken.Add(users.NormalizeName(demo.UserName));

        var staff = new List<StaffMember>
        {
            new(NewId(), "social.worker", "Jo Fletcher", Roles.SocialWorker, DemoTeam, Password),
            new(NewId(), "team.manager", "Priya Shah", Roles.TeamManager, DemoTeam, Password),
            new(NewId(), "iro", "Daniel Mensah", Roles.Iro, null, Password),
            new(NewId(), "manager", "Helen Marsh", Roles.Manager, null, Password),
            new(NewId(), "councillor", "Cllr Ruth Dawson", Roles.Councillor, null, Password),
            new(NewId(), "admin", "Chris Webb", Roles.Administrator, null, Password),
        };

        StaffMember Generated(string role, string? team, Random? from = null)
        {
            var r = from ?? random;
            var names = DemoNames.Adults[r.Next(DemoNames.Adults.Length)];
            var given = r.NextDouble() < 0.5 ? names.Boys[r.Next(names.Boys.Length)] : names.Girls[r.Next(names.Girls.Length)];
            var family = names.Family[r.Next(names.Family.Length)];
            var baseName = $"{given}.{family}".ToLowerInvariant();
            var userName = baseName;
            for (var n = 2; !taken.Add(users.NormalizeName(userName)); n++) userName = baseName + n.ToString(CultureInfo.InvariantCulture);
            return new StaffMember(from is null ? NewId() : NewGuid(r).ToString(), userName, $"{given} {family}", role, team, null);
        }

        var byTeam = inCare.GroupBy(c => c.Team).ToDictionary(g => g.Key, g => g.Count());
        foreach (var team in DemoChildFactory.Teams)
        {
            var children = byTeam.GetValueOrDefault(team);
            var workers = Math.Max(1, (children + d.SocialWorkerCaseload - 1) / d.SocialWorkerCaseload);
            if (team == DemoTeam) workers--;
            for (var i = 0; i < workers; i++) staff.Add(Generated(Roles.SocialWorker, team));
            if (team != DemoTeam) staff.Add(Generated(Roles.TeamManager, team));
        }
        var iros = Math.Max(1, (inCare.Count + d.IroCaseload - 1) / d.IroCaseload) - 1;
        for (var i = 0; i < iros; i++) staff.Add(Generated(Roles.Iro, null));

        // Personal advisers come from a generator of their own, so adding them leaves every child the seed gave before unchanged.
        var adviserRandom = new Random(unchecked((seed * 92_821) + 17));
        staff.Add(new StaffMember(NewGuid(adviserRandom).ToString(), "personal.adviser", "Sam Okafor", Roles.PersonalAdviser, null, Password));
        for (var i = 1; i < advisers; i++) staff.Add(Generated(Roles.PersonalAdviser, null, adviserRandom));
        return staff;
    }

    /// <summary>
    /// Every child in care has a social worker in their team and an IRO now; earlier workers' allocations
    /// ended the day before the next began. Caseloads are shared out evenly.
    /// </summary>
    private static void Allocate(Random random, DemoDistributions d, List<InCareChild> inCare, List<StaffMember> staff, DateOnly asAt)
    {
        var workers = staff.Where(s => s.Role == Roles.SocialWorker).GroupBy(s => s.Team!).ToDictionary(g => g.Key, g => g.ToList());
        var iros = staff.Where(s => s.Role == Roles.Iro).ToList();
        var teams = DemoChildFactory.Teams.ToDictionary(t => t, t => new Team { Name = t });
        var next = new Dictionary<string, int>();
        var nextIro = 0;

        foreach (var (child, start, teamName) in inCare)
        {
            var team = teams[teamName];
            var inTeam = workers[teamName];
            var turn = next.GetValueOrDefault(teamName);
            next[teamName] = turn + 1;
            var current = inTeam[turn % inTeam.Count];
            var days = asAt.DayNumber - start.DayNumber;

            var changes = new SortedSet<int>();
            var wanted = random.Next(0, Math.Min(3, days / d.DaysPerSocialWorkerChange) + 1);
            for (var i = 0; i < wanted && days > 60; i++) changes.Add(start.DayNumber + random.Next(30, days - 14));
            var from = start;
            foreach (var change in changes)
            {
                // Workers hold a child for weeks at least (a social worker episode under three days is queried, SW09).
                if (change - from.DayNumber < 30) continue;
                var earlier = inTeam.Count > 1 ? inTeam.Where(w => w != current).ElementAt(random.Next(inTeam.Count - 1)) : current;
                var changeDate = DateOnly.FromDayNumber(change);
                child.Allocations.Add(new Allocation
                {
                    Role = AllocationRole.SocialWorker, UserId = earlier.Id, Team = team, From = from, To = changeDate.AddDays(-1),
                });
                from = changeDate;
            }
            child.Allocations.Add(new Allocation { Role = AllocationRole.SocialWorker, UserId = current.Id, Team = team, From = from });

            var iro = iros[nextIro++ % iros.Count];
            var iroFrom = start.AddDays(Math.Min(random.Next(3, 21), days));
            if (days > 730 && iros.Count > 1 && random.NextDouble() < 0.4)
            {
                var change = iroFrom.AddDays(random.Next(180, days - (iroFrom.DayNumber - start.DayNumber) - 30));
                var earlier = iros.Where(i => i != iro).ElementAt(random.Next(iros.Count - 1));
                child.Allocations.Add(new Allocation
                {
                    Role = AllocationRole.IndependentReviewingOfficer, UserId = earlier.Id, From = iroFrom, To = change.AddDays(-1),
                });
                iroFrom = change;
            }
            child.Allocations.Add(new Allocation { Role = AllocationRole.IndependentReviewingOfficer, UserId = iro.Id, From = iroFrom });
        }
    }

    private static async Task<Dictionary<string, int>> SaveTeamsAsync(CoParentDbContext db, CancellationToken ct)
    {
        var names = DemoChildFactory.Teams;
        var existing = await db.Teams.Where(t => names.Contains(t.Name)).Select(t => t.Name).ToListAsync(ct);
        db.Teams.AddRange(names.Except(existing).Select(n => new Team { Name = n }));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return await db.Teams.Where(t => names.Contains(t.Name)).ToDictionaryAsync(t => t.Name, t => t.Id, ct);
    }

    private static async Task SaveStaffAsync(
        CoParentDbContext db, UserManager<CoParentUser> users, RoleManager<IdentityRole> roles, List<StaffMember> staff,
        Dictionary<string, int> teamIds, CancellationToken ct)
    {
        var existingRoles = await db.Roles.Select(r => r.Name!).ToListAsync(ct);
        db.Roles.AddRange(Roles.All.Except(existingRoles).Select(r => new IdentityRole(r) { NormalizedName = roles.NormalizeKey(r) }));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);

        foreach (var batch in staff.Chunk(BatchSize))
        {
            foreach (var member in batch)
            {
                var user = new CoParentUser
                {
                    Id = member.Id,
                    UserName = member.UserName,
                    NormalizedUserName = users.NormalizeName(member.UserName),
                    DisplayName = member.DisplayName,
                    TeamId = member.Team is null ? null : teamIds[member.Team],
                    LockoutEnabled = true,
                };
                // Generated staff have no password (they cannot sign in); hashing thousands would take minutes.
                if (member.Password is not null) user.PasswordHash = users.PasswordHasher.HashPassword(user, member.Password);
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = member.Id, RoleId = roleIds[member.Role] });
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// The records the SSDA903 return needs beyond episodes (reviews, health outcomes, care leavers' years, missing
    /// and social worker episodes, previous permanence, adoption) for the last completed collection year and the
    /// current year so far, worked out from each child's care as the generated return does, and stored with the
    /// importer's mapping. Social worker episodes follow the children's allocations.
    /// </summary>
    private static async Task SaveReturnRecordsAsync(
        CoParentDbContext db, List<Child> people, DateOnly asAt, int seed, IProgress<string>? progress, CancellationToken ct)
    {
        var current = CollectionYear.Containing(asAt);
        // The two years only read the children, so they are worked out side by side.
        var returns = await Task.WhenAll(
            Task.Run(() => DemoReturnRecords.ToReturn(people, current.Previous, seed, asAt), ct),
            Task.Run(() => DemoReturnRecords.ToReturn(people, current, seed, asAt), ct));
        await Ssda903Importer.AddRecordsAsync(db, returns, people.ToDictionary(c => c.PersonId, c => c.Id, StringComparer.Ordinal), ct);
        progress?.Report($"Saved reviews, health outcomes, care leavers' years and social worker episodes for {current.Previous.Label} and {current.Label} so far");
    }

    private static async Task<int> SaveChildrenAsync(
        CoParentDbContext db, IEnumerable<Child> children, int total, string what, List<Child> people, IProgress<string>? progress, CancellationToken ct)
    {
        var saved = 0;
        var episodes = 0;
        var reportEvery = Math.Max(BatchSize, total / 10 / BatchSize * BatchSize);
        var nextId = await db.Children.MaxAsync(c => (int?)c.Id, ct) ?? 0;
        foreach (var batch in children.Chunk(BatchSize))
        {
            foreach (var child in batch)
            {
                child.Id = ++nextId;
                child.RefreshSearchNames(); // bulk writes bypass SaveChanges
                foreach (var episode in child.Episodes) episode.ChildId = child.Id;
                foreach (var allocation in child.Allocations) allocation.ChildId = child.Id;
            }
            await DemoBulk.WriteAsync(db, "Children", DemoBulk.ChildColumns, batch, ct);
            people.AddRange(batch);
            await DemoBulk.WriteAsync(db, "CareEpisodes", DemoBulk.EpisodeColumns, batch.SelectMany(c => c.Episodes), ct);
            await DemoBulk.WriteAsync(db, "Allocations", DemoBulk.AllocationColumns, batch.SelectMany(c => c.Allocations), ct);
            saved += batch.Length;
            episodes += batch.Sum(c => c.Episodes.Count);
            if (saved % reportEvery == 0 || saved == total) progress?.Report($"Saved {saved:N0} of {total:N0} {what}");
        }
        await DemoBulk.CatchUpIdentityAsync(db, "Children", ct);
        if (total == 0) progress?.Report($"No {what} to save");
        return episodes;
    }

    private static Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
