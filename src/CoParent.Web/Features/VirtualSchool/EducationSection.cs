using CoParent.Core.Allocations;
using CoParent.Core.Education;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.VirtualSchool;

/// <summary>The education part of a child's record: where they are at school now, their schools before, and their moves.</summary>
public static class EducationSection
{
    public sealed record Enrolment(int Id, int SchoolId, string Urn, string School, string LaName, DateOnly From, DateOnly? To, int? YearGroupOverride, SenProvision Sen);

    public sealed record Move(int Id, string? FromSchool, string ToSchool, DateOnly? LeftOn, DateOnly StartedOn, bool CausedByPlacementMove, bool MidYear, int DaysOutOfEducation);

    public sealed record View(
        int ChildId, string ChildName, int YearGroup, string YearGroupLabel, Enrolment? Current, string? DesignatedTeacher, string? DesignatedTeacherEmail,
        string? VirtualSchoolOfficer, IReadOnlyList<Enrolment> Enrolments, IReadOnlyList<Move> Moves);

    public static async Task<View?> LoadAsync(CoParentDbContext db, int childId, DateOnly today, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new { c.DateOfBirth, Name = CoParent.Core.Children.Child.NameToShow(c.GivenName, c.FamilyName, c.PreferredName, c.PersonId) })
            .SingleOrDefaultAsync(ct);
        if (child is null) return null;
        var enrolments = (await db.SchoolEnrolments.AsNoTracking().Where(e => e.ChildId == childId)
                .Select(e => new Enrolment(e.Id, e.SchoolId, e.School!.Urn, e.School.Name, e.School.LaName, e.From, e.To, e.YearGroupOverride, e.Sen))
                .ToListAsync(ct))
            .OrderByDescending(e => e.From).ToList();
        var current = enrolments.FirstOrDefault(e => e.From <= today && (e.To is null || e.To >= today));
        var school = current is null ? null : await db.Schools.AsNoTracking().Where(s => s.Id == current.SchoolId)
            .Select(s => new { s.DesignatedTeacherName, s.DesignatedTeacherEmail }).SingleAsync(ct);
        var officerId = (await db.Allocations.AsNoTracking()
                .Where(a => a.ChildId == childId && a.Role == AllocationRole.VirtualSchoolOfficer && a.From <= today && (a.To == null || a.To >= today))
                .Select(a => new { a.UserId, a.From }).ToListAsync(ct))
            .MaxBy(a => a.From)?.UserId;
        var officer = officerId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == officerId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);
        var moves = (await db.EducationMoves.AsNoTracking().Where(m => m.ChildId == childId)
                .Select(m => new Move(m.Id, m.FromSchool == null ? null : m.FromSchool.Name, m.ToSchool!.Name, m.LeftOn, m.StartedOn, m.CausedByPlacementMove, m.MidYear, m.DaysOutOfEducation))
                .ToListAsync(ct))
            .OrderByDescending(m => m.StartedOn).ToList();
        var yearGroup = current?.YearGroupOverride ?? SchoolYear.YearGroupFor(child.DateOfBirth, today);
        return new View(childId, child.Name, yearGroup, RollCohorts.YearGroupLabel(yearGroup), current, school?.DesignatedTeacherName, school?.DesignatedTeacherEmail,
            officer, enrolments, moves);
    }

    /// <summary>A change of school as the form and the API send it, already checked.</summary>
    public sealed record SchoolChange(int ToSchoolId, DateOnly StartedOn, DateOnly? LeftOn, SenProvision Sen, int? YearGroupOverride, bool CausedByPlacementMove);

    /// <summary>Whether a placement began in the 30 days before the date: the form pre-ticks "caused by a placement move".</summary>
    public static async Task<bool> PlacementBeganBeforeAsync(CoParentDbContext db, int childId, DateOnly startedOn, CancellationToken ct)
    {
        var from = startedOn.AddDays(-EducationMoves.PlacementMoveWindowDays);
        var starts = await db.CareEpisodes.AsNoTracking().Where(e => e.ChildId == childId && e.Decom >= from && e.Decom <= startedOn)
            .Select(e => e.Decom).ToListAsync(ct);
        return EducationMoves.FollowsPlacementMove(starts, startedOn);
    }

    /// <summary>
    /// Ends the current enrolment (on <see cref="SchoolChange.LeftOn"/>, or the day before the start when not given),
    /// starts the new one, and records the education move. One SaveChanges, so all or nothing.
    /// </summary>
    public static async Task<EducationMove> SaveAsync(CoParentDbContext db, int childId, SchoolChange change, CancellationToken ct)
    {
        var current = (await db.SchoolEnrolments.Where(e => e.ChildId == childId && (e.To == null || e.To >= change.StartedOn) && e.From < change.StartedOn)
            .ToListAsync(ct)).MaxBy(e => e.From);
        var leftOn = change.LeftOn;
        if (current is not null)
        {
            leftOn ??= change.StartedOn.AddDays(-1);
            current.To = leftOn;
        }
        db.SchoolEnrolments.Add(new SchoolEnrolment
        {
            ChildId = childId, SchoolId = change.ToSchoolId, From = change.StartedOn, Sen = change.Sen, YearGroupOverride = change.YearGroupOverride,
        });
        var move = EducationMoves.Create(childId, current?.SchoolId, change.ToSchoolId, current is null ? null : leftOn, change.StartedOn, change.CausedByPlacementMove);
        db.EducationMoves.Add(move);
        await db.SaveChangesAsync(ct);
        return move;
    }

    /// <summary>Checks a change against the child's record; errors keyed by field.</summary>
    public static async Task<Dictionary<string, string>> ValidateAsync(CoParentDbContext db, int childId, int? toSchoolId, DateOnly? startedOn, DateOnly? leftOn, int? yearGroupOverride, DateOnly today, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (toSchoolId is null) errors["SchoolUrn"] = "Enter the new school's URN";
        else if (!await db.Schools.AnyAsync(s => s.Id == toSchoolId, ct)) errors["SchoolUrn"] = "There is no school with that URN: import it first";
        if (startedOn is { } start)
        {
            if (start > today.AddDays(60)) errors["StartedOn"] = "The start date must be within the next 60 days";
            var latestFrom = (await db.SchoolEnrolments.Where(e => e.ChildId == childId).Select(e => (DateOnly?)e.From).ToListAsync(ct)).Max();
            if (latestFrom is { } f && start <= f) errors["StartedOn"] = $"The start date must be after the current school's start, {f:d MMMM yyyy}";
            if (leftOn is { } left && left >= start) errors["LeftOn"] = "The date the child left must be before the start at the new school";
        }
        if (yearGroupOverride is { } y && !RollCohorts.IsRollAge(y)) errors["YearGroupOverride"] = "The year group must be from early years to Year 13";
        return errors;
    }
}
