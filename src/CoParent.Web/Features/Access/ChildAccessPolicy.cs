using System.Security.Claims;
using CoParent.Core.Access;
using CoParent.Core.Allocations;
using CoParent.Core.Children;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Access;

/// <summary>
/// Who may see and change which child's record: the one place that decides (issue 3 §3).
/// <list type="bullet">
/// <item>Social worker: the children currently allocated to them.</item>
/// <item>Team manager: the children currently allocated to their team.</item>
/// <item>Personal adviser: the young people currently allocated to them as personal adviser (they read and edit).</item>
/// <item>IRO: the children they currently review (read only, except that they record the reviews they chair).</item>
/// <item>Manager or analyst: every child.</item>
/// <item>Virtual School officer: the children on their caseload; Virtual School Head: every child. Both read the record
/// (the PEP is part of the care plan, and the Virtual School acts on placement moves) and write only its education part.</item>
/// <item>Designated teacher: the children in care on their own school's roll, and only the education part of their record.</item>
/// <item>Councillor and administrator: no child's record; councillors see aggregates.</item>
/// </list>
/// </summary>
public sealed class ChildAccessPolicy(CoParentDbContext db, TimeProvider clock)
{
    public static readonly string[] RecordRoles =
        [Roles.SocialWorker, Roles.TeamManager, Roles.Iro, Roles.Manager, Roles.PersonalAdviser, Roles.VirtualSchoolOfficer, Roles.VirtualSchoolHead];
    public static readonly string[] EditorRoles = [Roles.SocialWorker, Roles.TeamManager, Roles.Manager, Roles.PersonalAdviser];

    /// <summary>Who works on the education part of a record (the Virtual School's pages): record readers and designated teachers.</summary>
    public static readonly string[] EducationRoles = [.. RecordRoles, Roles.DesignatedTeacher];
    public static readonly string[] EducationEditorRoles = [.. EditorRoles, Roles.VirtualSchoolOfficer, Roles.VirtualSchoolHead, Roles.DesignatedTeacher];

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>True when <see cref="VisibleChildren"/> is every child, so a count need not look at who.</summary>
    public static bool SeesEveryChild(ClaimsPrincipal user) => user.IsInRole(Roles.Manager) || user.IsInRole(Roles.VirtualSchoolHead);

    public IQueryable<Child> VisibleChildren(ClaimsPrincipal user)
    {
        if (SeesEveryChild(user)) return db.Children;

        var userId = user.Id() ?? "";
        var today = Today;
        var asSocialWorker = user.IsInRole(Roles.SocialWorker);
        var asIro = user.IsInRole(Roles.Iro);
        var asAdviser = user.IsInRole(Roles.PersonalAdviser);
        var asVirtualSchool = user.IsInRole(Roles.VirtualSchoolOfficer);
        var team = user.IsInRole(Roles.TeamManager) ? user.TeamId() : null;
        if (!asSocialWorker && !asIro && !asAdviser && !asVirtualSchool && team is null) return db.Children.Where(_ => false);

        return db.Children.Where(c => c.Allocations.Any(a =>
            a.From <= today && (a.To == null || a.To >= today) &&
            ((asSocialWorker && a.Role == AllocationRole.SocialWorker && a.UserId == userId) ||
             (asIro && a.Role == AllocationRole.IndependentReviewingOfficer && a.UserId == userId) ||
             (asAdviser && a.Role == AllocationRole.PersonalAdviser && a.UserId == userId) ||
             (asVirtualSchool && a.Role == AllocationRole.VirtualSchoolOfficer && a.UserId == userId) ||
             (team != null && a.Role == AllocationRole.SocialWorker && a.TeamId == team))));
    }

    public Task<bool> CanViewAsync(ClaimsPrincipal user, int childId, CancellationToken ct = default) =>
        VisibleChildren(user).AnyAsync(c => c.Id == childId, ct);

    /// <summary>
    /// The children whose education record the user may see: those whose record they may see, and for a designated
    /// teacher the children in care today on their own school's roll (and no one else).
    /// </summary>
    public IQueryable<Child> EducationPupils(ClaimsPrincipal user)
    {
        if (!user.IsInRole(Roles.DesignatedTeacher)) return VisibleChildren(user);
        var school = user.SchoolId();
        var today = Today;
        var pupils = db.Children.Where(c =>
            db.SchoolEnrolments.Any(e => e.ChildId == c.Id && e.SchoolId == school && e.From <= today && (e.To == null || e.To >= today)) &&
            c.Episodes.Any(e => e.Decom <= today && (e.Dec == null || e.Dec > today)));
        // A designated teacher who also holds another role sees the union.
        return RecordRoles.Any(user.IsInRole) ? pupils.Union(VisibleChildren(user)) : pupils;
    }

    public Task<bool> CanViewEducationAsync(ClaimsPrincipal user, int childId, CancellationToken ct = default) =>
        EducationPupils(user).AnyAsync(c => c.Id == childId, ct);

    /// <summary>
    /// Writing the education record (PEPs, attendance, exclusions, attainment, Pupil Premium Plus): the record's editors,
    /// the Virtual School for the children it sees, and a designated teacher for their own pupils. An IRO only reads.
    /// </summary>
    public async Task<bool> CanEditEducationAsync(ClaimsPrincipal user, int childId, CancellationToken ct = default) =>
        EducationEditorRoles.Any(user.IsInRole) && await CanViewEducationAsync(WithoutReadOnlyRoles(user), childId, ct);

    public async Task<bool> CanEditAsync(ClaimsPrincipal user, int childId, CancellationToken ct = default) =>
        EditorRoles.Any(user.IsInRole) && await CanViewAsync(WithoutReadOnlyRoles(user), childId, ct);

    /// <summary>A personal adviser works with young people already known to the council; social work adds children.</summary>
    public static bool CanAddChildren(ClaimsPrincipal user) => EditorRoles.Where(r => r != Roles.PersonalAdviser).Any(user.IsInRole);

    /// <summary>
    /// Reviews of the child's plan are chaired by the IRO, so the IRO currently allocated to the child records them
    /// as well as the editors: the one place an IRO writes to a record.
    /// </summary>
    public async Task<bool> CanRecordReviewAsync(ClaimsPrincipal user, int childId, CancellationToken ct = default)
    {
        if (await CanEditAsync(user, childId, ct)) return true;
        if (!user.IsInRole(Roles.Iro)) return false;
        var userId = user.Id() ?? "";
        var today = Today;
        return await db.Allocations.AnyAsync(a => a.ChildId == childId && a.Role == AllocationRole.IndependentReviewingOfficer
            && a.UserId == userId && a.From <= today && (a.To == null || a.To >= today), ct);
    }

    /// <summary>An IRO who is also a social worker edits as a social worker, not as the reviewer.</summary>
    private static ClaimsPrincipal WithoutReadOnlyRoles(ClaimsPrincipal user)
    {
        if (!user.IsInRole(Roles.Iro)) return user;
        var identity = new ClaimsIdentity(
            user.Claims.Where(c => !(c.Type == ClaimTypes.Role && c.Value == Roles.Iro)),
            user.Identity?.AuthenticationType, ClaimTypes.Name, ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }
}
