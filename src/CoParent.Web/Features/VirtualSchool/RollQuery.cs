using CoParent.Core.Allocations;
using CoParent.Core.CareLeavers;
using CoParent.Core.Children;
using CoParent.Core.Education;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.VirtualSchool;

/// <summary>One child in care on the Virtual School's roll as the list shows them.</summary>
public sealed record RollRow(
    int ChildId, string Name, DateOnly DateOfBirth, int YearGroup, int? SchoolId, string? Urn, string? SchoolName, SchoolPhase? Phase,
    string? LaCode, string? LaName, bool OutOfArea, SenProvision Sen, string? DesignatedTeacher, string? OfficerId, string? Officer)
{
    public bool HasSchool => SchoolId is not null;
}

/// <summary>
/// Builds the roll from the care record: every child in care today (not on short breaks) from the academic year of their
/// third birthday to Year 13, with their current school and Virtual School officer. The caller passes the children the
/// reader may see (<c>ChildAccessPolicy.EducationPupils</c>), so a designated teacher's roll is their own school's.
/// </summary>
public static class RollQuery
{
    /// <summary>The council's DfE LA number (Essex is 881): a school with another is out of area.</summary>
    public const string DefaultLaNumber = "881";

    public static IQueryable<Child> InCareOn(IQueryable<Child> children, DateOnly today) =>
        children.Where(c => c.Episodes.Any(e => e.Decom <= today && (e.Dec == null || e.Dec > today) && e.Ls != "V3" && e.Ls != "V4"));

    public static async Task<List<RollRow>> InCareAsync(CoParentDbContext db, IQueryable<Child> pupils, DateOnly today, string laNumber, CancellationToken ct)
    {
        // Youngest on the roll: 2 on 31 August before this academic year; oldest: 17 then (Year 13).
        var startYear = SchoolYear.AcademicYearStarting(today);
        var oldest = new DateOnly(startYear, 8, 31).AddYears(-18).AddDays(1);
        var inCare = InCareOn(pupils, today).Where(c => c.DateOfBirth >= oldest && c.DateOfBirth <= new DateOnly(startYear - 2, 8, 31));
        var children = await inCare.AsNoTracking()
            .Select(c => new { c.Id, Name = Child.NameToShow(c.GivenName, c.FamilyName, c.PreferredName, c.PersonId), c.DateOfBirth })
            .ToListAsync(ct);
        var ids = inCare.Select(c => c.Id);
        var enrolments = (await db.SchoolEnrolments.AsNoTracking()
                .Where(e => ids.Contains(e.ChildId) && e.From <= today && (e.To == null || e.To >= today))
                .Select(e => new { e.ChildId, e.From, e.YearGroupOverride, e.Sen, e.SchoolId, e.School!.Urn, e.School.Name, e.School.Phase, e.School.LaCode, e.School.LaName, e.School.DesignatedTeacherName })
                .ToListAsync(ct))
            .GroupBy(e => e.ChildId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.From)!);
        var officers = (await db.Allocations.AsNoTracking()
                .Where(a => ids.Contains(a.ChildId) && a.Role == AllocationRole.VirtualSchoolOfficer && a.From <= today && (a.To == null || a.To >= today))
                .Select(a => new { a.ChildId, a.UserId, a.From })
                .ToListAsync(ct))
            .GroupBy(a => a.ChildId).ToDictionary(g => g.Key, g => g.MaxBy(a => a.From)!.UserId);
        var names = await OfficerNamesAsync(db, officers.Values.Distinct().ToList(), ct);

        return children
            .Select(c =>
            {
                enrolments.TryGetValue(c.Id, out var e);
                officers.TryGetValue(c.Id, out var officer);
                var yearGroup = e?.YearGroupOverride ?? SchoolYear.YearGroupFor(c.DateOfBirth, today);
                return new RollRow(c.Id, c.Name, c.DateOfBirth, yearGroup, e?.SchoolId, e?.Urn, e?.Name, e?.Phase, e?.LaCode, e?.LaName,
                    e is not null && e.LaCode != laNumber, e?.Sen ?? SenProvision.None, e?.DesignatedTeacherName,
                    officer, officer is null ? null : names.GetValueOrDefault(officer));
            })
            .Where(r => RollCohorts.IsRollAge(SchoolYear.YearGroupFor(r.DateOfBirth, today)))
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public static async Task<Dictionary<string, string>> OfficerNamesAsync(CoParentDbContext db, List<string> userIds, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

    /// <summary>Children who left care to adoption, special guardianship or a child arrangements order and are of school age (to 18).</summary>
    public static IQueryable<Child> PreviouslyLookedAfter(IQueryable<Child> children, DateOnly today)
    {
        var oldest = today.AddYears(-18);
        var reasons = RollCohorts.PreviouslyLookedAfterReasons.ToList();
        return children.Where(c => c.DateOfBirth > oldest
            && !c.Episodes.Any(e => e.Dec == null || e.Dec > today)
            && reasons.Contains(c.Episodes.OrderByDescending(e => e.Decom).Select(e => e.Rec).FirstOrDefault()!));
    }

    /// <summary>Children with an open social worker episode who are not in care: counted only (the Virtual School's strategic duty).</summary>
    public static IQueryable<Child> WithSocialWorker(CoParentDbContext db, IQueryable<Child> children, DateOnly today) =>
        children.Where(c => db.SocialWorkerEpisodes.Any(s => s.ChildId == c.Id && s.Start <= today && (s.End == null || s.End > today))
            && !c.Episodes.Any(e => e.Decom <= today && (e.Dec == null || e.Dec > today)));

    /// <summary>Care leavers up to 25 whose latest education, employment or training status is education (ACTIV F1, P1, F2, P2).</summary>
    public static IQueryable<Child> CareLeaversInEducation(CoParentDbContext db, IQueryable<Child> children, DateOnly today)
    {
        var oldest = today.AddYears(-26);
        string[] education = ["F1", "P1", "F2", "P2"];
        return children.Where(c => c.DateOfBirth > oldest
            && !c.Episodes.Any(e => e.Dec == null || e.Dec > today)
            && c.Episodes.Any()
            && education.Contains(db.EducationEmploymentStatuses.Where(s => s.ChildId == c.Id && s.From <= today)
                .OrderByDescending(s => s.From).Select(s => s.Activity).FirstOrDefault()));
    }
}
