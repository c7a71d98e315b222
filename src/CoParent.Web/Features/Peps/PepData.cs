using System.Security.Claims;
using CoParent.Core.Education;
using CoParent.Core.Measures;
using CoParent.Data;
using CoParent.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Peps;

/// <summary>Loading and saving PEPs for the pages and the API.</summary>
public static class PepData
{
    public sealed record Summary(int Id, int AcademicYear, SchoolTerm Term, PepStatus Status, DateOnly DueBy, DateOnly? MeetingDate, PepRating? Rating)
    {
        public string TermLabel => PepText.Term(AcademicYear, Term);
    }

    public static Task<List<Summary>> ListAsync(CoParentDbContext db, int childId, CancellationToken ct) =>
        db.PersonalEducationPlans.AsNoTracking().Where(p => p.ChildId == childId)
            .OrderByDescending(p => p.AcademicYear).ThenByDescending(p => p.Term).ThenByDescending(p => p.Id)
            .Select(p => new Summary(p.Id, p.AcademicYear, p.Term, p.Status, p.DueBy, p.MeetingDate, p.QaRating))
            .ToListAsync(ct);

    public static Task<PersonalEducationPlan?> FindAsync(CoParentDbContext db, int childId, int pepId, CancellationToken ct) =>
        db.PersonalEducationPlans.Include(p => p.Targets).SingleOrDefaultAsync(p => p.Id == pepId && p.ChildId == childId, ct);

    /// <summary>Keeps a copy of the PEP as it now stands; called on each submit, return and approve (caller saves).</summary>
    public static async Task AddVersionAsync(CoParentDbContext db, PersonalEducationPlan pep, ClaimsPrincipal user, DateTime at, CancellationToken ct)
    {
        var last = await db.PepVersions.Where(v => v.PersonalEducationPlanId == pep.Id).MaxAsync(v => (int?)v.Version, ct) ?? 0;
        db.PepVersions.Add(new PepVersion
        {
            PersonalEducationPlanId = pep.Id, Version = last + 1, Status = pep.Status, Snapshot = PepSnapshot.Of(pep).ToJson(),
            ByUserId = user.Id() ?? "", ByUserName = user.UserName() ?? "", At = at,
        });
    }

    public static async Task<IReadOnlyList<PepDeadline>> DeadlinesAsync(CoParentDbContext db, CancellationToken ct)
    {
        var stored = await db.PepDeadlines.AsNoTracking().ToListAsync(ct);
        return [.. PepDeadline.Defaults.Select(d => stored.FirstOrDefault(s => s.Term == d.Term) ?? d).OrderBy(d => d.Term)];
    }

    /// <summary>Attendance this term so far, from the school's marks.</summary>
    public static async Task<AttendanceSummary> AttendanceAsync(CoParentDbContext db, int childId, PersonalEducationPlan pep, DateOnly today, CancellationToken ct)
    {
        var from = PepWorkflow.TermStart(pep.AcademicYear, pep.Term);
        var codes = await db.AttendanceMarks.AsNoTracking().Where(m => m.ChildId == childId && m.Date >= from && m.Date <= today).Select(m => m.Code).ToListAsync(ct);
        return AttendanceSummary.From(codes);
    }

    public static Task<SenProvision?> SenAsync(CoParentDbContext db, int childId, DateOnly today, CancellationToken ct) =>
        db.SchoolEnrolments.AsNoTracking().Where(e => e.ChildId == childId && e.From <= today && (e.To == null || e.To >= today))
            .OrderByDescending(e => e.From).Select(e => (SenProvision?)e.Sen).FirstOrDefaultAsync(ct);

    /// <summary>Timeliness inputs for the given children, loaded in a few set-based queries.</summary>
    public static async Task<List<PepChild>> TimelinessAsync(CoParentDbContext db, IQueryable<int> childIds, CancellationToken ct)
    {
        var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id)).Select(c => new { c.Id, c.DateOfBirth }).ToListAsync(ct);
        var episodes = (await db.CareEpisodes.AsNoTracking().Where(e => childIds.Contains(e.ChildId)).Select(e => new { e.ChildId, e.Decom, e.Dec }).ToListAsync(ct))
            .ToLookup(e => e.ChildId, e => (e.Decom, e.Dec));
        return await TimelinessAsync(db, children.Select(c => (c.Id, c.DateOfBirth, (IEnumerable<(DateOnly, DateOnly?)>)episodes[c.Id])), childIds, ct);
    }

    /// <summary>
    /// The same for children whose care histories are already read (<see cref="Outcomes.CareHistories"/>);
    /// <paramref name="childIds"/> selects the same children for the school and PEP queries.
    /// </summary>
    public static Task<List<PepChild>> TimelinessAsync(CoParentDbContext db, IEnumerable<ChildHistory> children, IQueryable<int> childIds, CancellationToken ct) =>
        TimelinessAsync(db, children.Select(c => (c.ChildId, c.DateOfBirth, c.Episodes.Select(e => (e.Decom, e.Dec)))), childIds, ct);

    private static async Task<List<PepChild>> TimelinessAsync(
        CoParentDbContext db, IEnumerable<(int Id, DateOnly DateOfBirth, IEnumerable<(DateOnly From, DateOnly? To)> Episodes)> children,
        IQueryable<int> childIds, CancellationToken ct)
    {
        var starts = (await db.SchoolEnrolments.AsNoTracking().Where(e => childIds.Contains(e.ChildId)).Select(e => new { e.ChildId, e.From }).ToListAsync(ct))
            .ToLookup(e => e.ChildId, e => e.From);
        var peps = (await db.PersonalEducationPlans.AsNoTracking().Where(p => childIds.Contains(p.ChildId))
            .Select(p => new { p.ChildId, p.AcademicYear, p.Term, p.ApprovedAt, p.QaRating }).ToListAsync(ct)).ToLookup(p => p.ChildId);
        return [.. children.Select(c => new PepChild(c.Id, c.DateOfBirth, CarePeriods(c.Episodes), [.. starts[c.Id]],
            [.. peps[c.Id].Select(p => new PepChild.Pep(p.AcademicYear, p.Term, p.ApprovedAt is { } a ? DateOnly.FromDateTime(a) : null, p.QaRating))]))];
    }

    /// <summary>Episodes joined into periods of care: an episode starting the day the last ended continues the period.</summary>
    private static List<PepChild.CarePeriod> CarePeriods(IEnumerable<(DateOnly From, DateOnly? To)> episodes)
    {
        var periods = new List<PepChild.CarePeriod>();
        foreach (var (from, to) in episodes.OrderBy(e => e.From))
        {
            if (periods.Count > 0 && periods[^1].To is { } end && end >= from.AddDays(-1))
            {
                periods[^1] = periods[^1] with { To = to is null ? null : (to > end ? to : end) };
            }
            else if (periods.Count > 0 && periods[^1].To is null) continue;
            else periods.Add(new PepChild.CarePeriod(from, to));
        }
        return periods;
    }
}

/// <summary>Words for PEP values.</summary>
public static class PepText
{
    public static string TargetOutcome(PepTargetOutcome outcome) => outcome switch
    {
        PepTargetOutcome.Met => "Met",
        PepTargetOutcome.PartlyMet => "Partly met",
        PepTargetOutcome.NotMet => "Not met",
        _ => "Not yet reviewed",
    };

    public static string Term(int academicYear, SchoolTerm term) => $"{term} term {SchoolYear.AcademicYearLabel(academicYear)}";

    public static string Status(PepStatus status) => status switch
    {
        PepStatus.Draft => "Draft",
        PepStatus.Submitted => "Awaiting quality assurance",
        PepStatus.Returned => "Returned",
        _ => "Approved",
    };

    public static string StatusTag(PepStatus status) => status switch
    {
        PepStatus.Draft => "govuk-tag--grey",
        PepStatus.Submitted => "govuk-tag--blue",
        PepStatus.Returned => "govuk-tag--orange",
        _ => "govuk-tag--green",
    };

    public static string RatingTag(PepRating rating) => rating switch
    {
        PepRating.Red => "govuk-tag--red",
        PepRating.Amber => "govuk-tag--yellow",
        _ => "govuk-tag--green",
    };

    public static string Progress(ProgressAgainstExpected progress) => progress switch
    {
        ProgressAgainstExpected.WorkingTowards => "Working towards expected",
        ProgressAgainstExpected.AtExpected => "At expected",
        ProgressAgainstExpected.AboveExpected => "Above expected",
        _ => "Not recorded",
    };

    public static string Sen(SenProvision? sen) => sen switch
    {
        SenProvision.SenSupport => "SEN support",
        SenProvision.EducationHealthAndCarePlan => "Education, health and care plan",
        SenProvision.None => "No special educational needs",
        _ => "Not on a school roll",
    };

    public static bool IsVirtualSchool(ClaimsPrincipal user) =>
        user.IsInRole(CoParent.Core.Access.Roles.VirtualSchoolOfficer) || user.IsInRole(CoParent.Core.Access.Roles.VirtualSchoolHead);
}
