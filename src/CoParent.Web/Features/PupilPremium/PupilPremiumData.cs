using System.Security.Claims;
using CoParent.Core.Access;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.PupilPremium;

/// <summary>What the Pupil Premium Plus pages and API read: a child's ledger for a year, and the overview's lines.</summary>
public static class PupilPremiumData
{
    public sealed record AllocationView(
        int Id, PupilPremiumAllocationKind Kind, decimal Amount, int? SchoolId, string? SchoolName, int? PepTargetId, string? Target,
        PepTargetOutcome? TargetOutcome, string Purpose, DateOnly CommittedOn, bool OverRateException,
        decimal? SpentAmount, DateOnly? SpentOn, string? SpentOnWhat)
    {
        public string KindText => Kind == PupilPremiumAllocationKind.PassedToSchool ? "Passed to school" : "Held centrally";

        public string TargetMetText => TargetOutcome switch
        {
            null => "No target",
            PepTargetOutcome.Met => "Met",
            PepTargetOutcome.PartlyMet => "Partly met",
            PepTargetOutcome.NotMet => "Not met",
            _ => "Not yet reviewed",
        };
    }

    public sealed record ChildLedger(
        int ChildId, string ChildName, int FinancialYear, string FinancialYearLabel, decimal? Rate,
        decimal Committed, decimal Spent, decimal? Balance, IReadOnlyList<AllocationView> Allocations);

    public static async Task<ChildLedger?> LoadChildAsync(CoParentDbContext db, int childId, int year, CancellationToken ct)
    {
        var name = await db.ChildNameAsync(childId, ct);
        if (name is null) return null;
        var rate = await RateAsync(db, year, ct);
        var allocations = await Allocations(db.PupilPremiumAllocations.Where(a => a.ChildId == childId && a.FinancialYear == year))
            .ToListAsync(ct);
        allocations = [.. allocations.OrderBy(a => a.CommittedOn).ThenBy(a => a.Id)];
        var committed = allocations.Sum(a => a.Amount);
        return new ChildLedger(childId, name, year, FinancialYear.Label(year), rate, committed,
            allocations.Sum(a => a.SpentAmount ?? 0), rate is null ? null : rate.Value - committed, allocations);
    }

    public static IQueryable<AllocationView> Allocations(IQueryable<PupilPremiumAllocation> query) =>
        query.AsNoTracking().Select(a => new AllocationView(
            a.Id, a.Kind, a.Amount, a.SchoolId, a.School == null ? null : a.School.Name, a.PepTargetId,
            a.PepTarget == null ? null : a.PepTarget.Description, a.PepTarget == null ? null : a.PepTarget.Outcome,
            a.Purpose, a.CommittedOn, a.ExceptionConfirmedByUserId != null, a.SpentAmount, a.SpentOn, a.SpentOnWhat));

    public static async Task<decimal?> RateAsync(CoParentDbContext db, int year, CancellationToken ct) =>
        (await db.PupilPremiumRates.AsNoTracking().Where(r => r.FinancialYear == year).Select(r => (decimal?)r.AmountPerChild).ToListAsync(ct))
        .FirstOrDefault();

    /// <summary>Children counted for the council's grant (see <see cref="PupilPremiumGrant"/>), counted in the database.</summary>
    public static Task<int> EligibleChildrenAsync(CoParentDbContext db, int year, CancellationToken ct)
    {
        var (bornFrom, bornTo) = PupilPremiumGrant.BornBetween(year);
        var returnYear = PupilPremiumGrant.ReturnYear(year);
        return db.Children.CountAsync(c => c.DateOfBirth >= bornFrom && c.DateOfBirth <= bornTo
            && c.Episodes.Any(e => e.Decom <= returnYear.To && (e.Dec == null || e.Dec >= returnYear.From)), ct);
    }

    /// <summary>Who commits money: the Virtual School (an officer for their caseload, the Head for anyone).</summary>
    public static bool IsVirtualSchool(ClaimsPrincipal user) => user.IsInRole(Roles.VirtualSchoolOfficer) || user.IsInRole(Roles.VirtualSchoolHead);

    /// <summary>
    /// Spending is recorded by the Virtual School, or by the designated teacher of the school the money was passed to
    /// (the school spends it and accounts for it).
    /// </summary>
    public static async Task<bool> CanRecordSpendingAsync(ChildAccessPolicy access, ClaimsPrincipal user, int childId, int? schoolId, CancellationToken ct)
    {
        var teacherOfSchool = user.IsInRole(Roles.DesignatedTeacher) && schoolId is not null && user.SchoolId() == schoolId;
        return (IsVirtualSchool(user) || teacherOfSchool) && await access.CanEditEducationAsync(user, childId, ct);
    }

    /// <summary>The schools a designated teacher answers for; null for everyone else (no school limit).</summary>
    public static int? OnlySchool(ClaimsPrincipal user) =>
        user.IsInRole(Roles.DesignatedTeacher) && !ChildAccessPolicy.RecordRoles.Any(user.IsInRole) ? user.SchoolId() ?? -1 : null;
}
