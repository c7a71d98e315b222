using CoParent.Core.Access;
using CoParent.Core.Allocations;
using CoParent.Core.Education;
using CoParent.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.Demo;

/// <summary>
/// The Virtual School's demo: about 150 fictional schools (URNs from 910000, so never a real school), every child in care
/// of roll age on a school's roll (placed outside the council, mostly at a school there), SEN at the rates measures.md §12
/// gives for children in care, some changes of school, six Virtual School officers sharing the caseload, the Head, and a
/// designated teacher at the school with most of our children.
/// </summary>
public static class DemoSchools
{
    public static readonly IReadOnlyList<DemoUser> Users =
    [
        new("virtual.school.officer", DemoCouncilGenerator.Password, Roles.VirtualSchoolOfficer, "Virtual School officer: a caseload of children in care"),
        new("virtual.school.head", DemoCouncilGenerator.Password, Roles.VirtualSchoolHead, "Virtual School Head: every child's education, caseloads and schools"),
        new("designated.teacher", DemoCouncilGenerator.Password, Roles.DesignatedTeacher, "Designated teacher at the school with most of our children in care"),
    ];

    private static readonly (string Code, string Name, string[] Places)[] Authorities =
    [
        ("881", "Essex", ["Chelmsford", "Colchester", "Braintree", "Harlow", "Basildon", "Witham", "Maldon", "Brentwood", "Clacton", "Halstead", "Saffron Walden", "Epping", "Rayleigh", "Billericay", "Dunmow", "Coggeshall", "Tiptree", "Burnham", "Wickford", "Loughton"]),
        ("882", "Southend-on-Sea", ["Southend", "Leigh", "Westcliff", "Shoeburyness"]),
        ("883", "Thurrock", ["Grays", "Tilbury", "Stanford", "Purfleet"]),
        ("935", "Suffolk", ["Ipswich", "Sudbury", "Haverhill", "Felixstowe"]),
        ("919", "Hertfordshire", ["Bishop's Stortford", "Hertford", "Stevenage", "Hitchin"]),
        ("873", "Cambridgeshire", ["Cambridge", "Ely", "Huntingdon", "St Neots"]),
    ];

    private static readonly string[] Officers = ["Amira Haddad", "Tom Whitfield", "Grace Adeyemi", "Owen Pryce", "Lucy Brennan", "Kwame Asante"];

    public static async Task SaveAsync(CoParentDbContext db, UserManager<CoParentUser> users, DateOnly asAt, int seed, CancellationToken ct)
    {
        var random = new Random(unchecked((seed * 7_919) + 5));
        var schools = await SaveSchoolsAsync(db, random, ct);

        var startYear = SchoolYear.AcademicYearStarting(asAt);
        var youngest = new DateOnly(startYear - 2, 8, 31);
        var oldest = new DateOnly(startYear - 18, 9, 1);
        var children = await db.Children.AsNoTracking()
            .Where(c => c.DateOfBirth >= oldest && c.DateOfBirth <= youngest
                && c.Episodes.Any(e => e.Decom <= asAt && (e.Dec == null || e.Dec > asAt) && e.Ls != "V3" && e.Ls != "V4"))
            .Select(c => new
            {
                c.Id, c.DateOfBirth,
                PlLa = c.Episodes.Where(e => e.Decom <= asAt).OrderByDescending(e => e.Decom).Select(e => e.PlLa).FirstOrDefault(),
                PlacedOn = c.Episodes.Where(e => e.Decom <= asAt).Max(e => e.Decom),
            })
            .OrderBy(c => c.Id).ToListAsync(ct);
        if (children.Count == 0 || schools.Count == 0) return;

        var inArea = schools.Where(s => s.LaCode == "881").ToList();
        var outOfArea = schools.Where(s => s.LaCode != "881").ToList();
        School Pick(int yearGroup, bool outside)
        {
            var pool = (outside && random.NextDouble() < 0.8 ? outOfArea : inArea).Where(s => Fits(s.Phase, yearGroup)).ToList();
            if (pool.Count == 0) pool = schools.Where(s => Fits(s.Phase, yearGroup)).ToList();
            return pool[random.Next(pool.Count)];
        }

        var enrolments = new List<SchoolEnrolment>();
        var moves = new List<EducationMove>();
        foreach (var child in children)
        {
            var yearGroup = SchoolYear.YearGroupFor(child.DateOfBirth, asAt);
            // A few of the youngest are not yet in a setting, and a few older ones have no school place today.
            if (yearGroup < SchoolYear.Nursery && random.NextDouble() < 0.5) continue;
            if (random.NextDouble() < 0.02) continue;
            var outside = child.PlLa is not null && child.PlLa != CouncilOptions.DefaultCode;
            var sen = random.NextDouble() switch { < 0.27 => SenProvision.EducationHealthAndCarePlan, < 0.57 => SenProvision.SenSupport, _ => SenProvision.None };
            var school = Pick(yearGroup, outside);
            var startedOn = SchoolYear.AcademicYearStart(startYear).AddDays(random.Next(0, 4));
            if (child.PlacedOn > startedOn && child.PlacedOn <= asAt && random.NextDouble() < 0.6)
            {
                // Placed this term: many changed school after the move, with some days out of school.
                var before = Pick(yearGroup, !outside);
                var leftOn = child.PlacedOn.AddDays(-1);
                var started = child.PlacedOn.AddDays(random.Next(1, 25));
                if (started > asAt) started = asAt;
                if (before.Id != school.Id && leftOn > startedOn && started > leftOn)
                {
                    enrolments.Add(new SchoolEnrolment { ChildId = child.Id, SchoolId = before.Id, From = startedOn, To = leftOn, Sen = sen });
                    moves.Add(EducationMoves.Create(child.Id, before.Id, school.Id, leftOn, started, causedByPlacementMove: true));
                    startedOn = started;
                }
            }
            enrolments.Add(new SchoolEnrolment { ChildId = child.Id, SchoolId = school.Id, From = startedOn, Sen = sen });
        }
        foreach (var batch in enrolments.Chunk(5000))
        {
            db.SchoolEnrolments.AddRange(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        db.EducationMoves.AddRange(moves);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var busiest = enrolments.Where(e => e.To is null).GroupBy(e => e.SchoolId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var officerIds = await SaveStaffAsync(db, users, random, busiest, ct);

        // Officers share the caseload in turn; the first is the demo user, with about a sixth of the children.
        var allocations = children.Select((c, i) => new Allocation
        {
            ChildId = c.Id, Role = AllocationRole.VirtualSchoolOfficer, UserId = officerIds[i % officerIds.Count], From = SchoolYear.AcademicYearStart(startYear),
        });
        foreach (var batch in allocations.Chunk(5000))
        {
            db.Allocations.AddRange(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    private static bool Fits(SchoolPhase phase, int yearGroup) => phase switch
    {
        SchoolPhase.Nursery => yearGroup < SchoolYear.Reception,
        SchoolPhase.Primary => yearGroup is >= SchoolYear.Nursery and <= 6,
        SchoolPhase.Secondary => yearGroup is >= 7 and <= 13,
        SchoolPhase.SixteenPlus => yearGroup >= 12,
        SchoolPhase.AllThrough => yearGroup >= SchoolYear.Reception,
        _ => false,
    };

    private static async Task<List<School>> SaveSchoolsAsync(CoParentDbContext db, Random random, CancellationToken ct)
    {
        var existing = (await db.Schools.Select(s => s.Urn).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var schools = new List<School>();
        var urn = 910_000;
        foreach (var (code, laName, places) in Authorities)
        {
            foreach (var place in places)
            {
                var kinds = code == "881"
                    ? new[] { ("Primary School", SchoolPhase.Primary, "Community school"), ("Church of England Primary School", SchoolPhase.Primary, "Voluntary aided school"),
                              ("Infant and Nursery School", SchoolPhase.Primary, "Foundation school"), ("Academy", SchoolPhase.Secondary, "Academy converter"),
                              ("High School", SchoolPhase.Secondary, "Community school"), ("Nursery School", SchoolPhase.Nursery, "Local authority nursery school") }
                    : new[] { ("Primary School", SchoolPhase.Primary, "Community school"), ("Academy", SchoolPhase.Secondary, "Academy sponsor led") };
                foreach (var (suffix, phase, type) in kinds)
                {
                    urn++;
                    if (existing.Contains(urn.ToString(System.Globalization.CultureInfo.InvariantCulture))) continue;
                    schools.Add(new School
                    {
                        Urn = urn.ToString(System.Globalization.CultureInfo.InvariantCulture), Name = $"{place} {suffix}", EstablishmentType = type, Phase = phase,
                        LaCode = code, LaName = laName,
                        OfstedRating = random.NextDouble() switch { < 0.17 => OfstedRating.Outstanding, < 0.82 => OfstedRating.Good, < 0.95 => OfstedRating.RequiresImprovement, < 0.98 => OfstedRating.Inadequate, _ => null },
                        DesignatedTeacherName = random.NextDouble() < 0.85 ? Name(random) : null,
                    });
                }
            }
        }
        db.Schools.AddRange(schools);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return schools;
    }

    private static string Name(Random random)
    {
        var names = DemoNames.British;
        var given = random.Next(2) == 0 ? names.Girls : names.Boys;
        return $"{given[random.Next(given.Length)]} {names.Family[random.Next(names.Family.Length)]}";
    }

    private static async Task<List<string>> SaveStaffAsync(CoParentDbContext db, UserManager<CoParentUser> users, Random random, int designatedTeacherSchoolId, CancellationToken ct)
    {
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var officerIds = new List<string>();
        void Add(string userName, string displayName, string role, string? password, int? schoolId = null)
        {
            var user = new CoParentUser
            {
                Id = new Guid(Enumerable.Range(0, 16).Select(_ => (byte)random.Next(256)).ToArray()).ToString(),
                UserName = userName, NormalizedUserName = users.NormalizeName(userName), DisplayName = displayName, SchoolId = schoolId, LockoutEnabled = true,
            };
            if (password is not null) user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[role] });
            if (role == Roles.VirtualSchoolOfficer) officerIds.Add(user.Id);
        }
        Add("virtual.school.officer", Officers[0], Roles.VirtualSchoolOfficer, DemoCouncilGenerator.Password);
        for (var i = 1; i < Officers.Length; i++) Add($"virtual.school.officer{i + 1}", Officers[i], Roles.VirtualSchoolOfficer, null);
        Add("virtual.school.head", "Margaret Ellison", Roles.VirtualSchoolHead, DemoCouncilGenerator.Password);
        Add("designated.teacher", "Ben Carraway", Roles.DesignatedTeacher, DemoCouncilGenerator.Password, designatedTeacherSchoolId);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return officerIds;
    }
}
