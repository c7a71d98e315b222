using CoParent.Core.Education;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Infrastructure;

public static partial class TestData
{
    /// <summary>The rate the Pupil Premium Plus tests use for 2026-27 (not published when the seeded rates were written).</summary>
    public const decimal PupilPremiumRate2026 = 2700m;

    /// <summary>Sets the 2026-27 rate (the test clock's financial year) if no test has yet.</summary>
    public static Task EnsurePupilPremiumRateAsync(CoParentApp app) =>
        app.WithDbAsync(async db =>
        {
            if (await db.PupilPremiumRates.AnyAsync(r => r.FinancialYear == 2026)) return;
            db.PupilPremiumRates.Add(new PupilPremiumRate { FinancialYear = 2026, AmountPerChild = PupilPremiumRate2026 });
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // Another test class set it at the same moment: the rate is there either way.
            }
        });

    /// <summary>A PEP for this autumn term with one target asking for Pupil Premium Plus; returns the target's id.</summary>
    public static Task<int> AddPepTargetAsync(CoParentApp app, int childId, PepStatus status = PepStatus.Approved, decimal requested = 600m,
        string description = "Read a chapter book on their own", PepTargetOutcome outcome = PepTargetOutcome.NotYetReviewed) =>
        app.WithDbAsync(async db =>
        {
            var target = new PepTarget { Description = description, WhoWillDoIt = "Class teacher", PupilPremiumRequested = requested, Outcome = outcome };
            db.PersonalEducationPlans.Add(new PersonalEducationPlan
            {
                ChildId = childId, AcademicYear = 2026, Term = SchoolTerm.Autumn, Status = status, DueBy = new DateOnly(2026, 10, 31), Targets = [target],
            });
            await db.SaveChangesAsync();
            return target.Id;
        });

    public static Task<int> AddPupilPremiumAllocationAsync(CoParentApp app, int childId, decimal amount, int? schoolId,
        int? targetId = null, decimal? spent = null, int year = 2026, string committedBy = "") =>
        app.WithDbAsync(async db =>
        {
            var allocation = new PupilPremiumAllocation
            {
                ChildId = childId, FinancialYear = year, Amount = amount, SchoolId = schoolId, PepTargetId = targetId,
                Kind = schoolId is null ? PupilPremiumAllocationKind.HeldCentrally : PupilPremiumAllocationKind.PassedToSchool,
                Purpose = "Maths tuition", CommittedOn = new DateOnly(year, 5, 1), CommittedByUserId = committedBy,
                SpentAmount = spent, SpentOn = spent is null ? null : new DateOnly(year, 6, 1), SpentOnWhat = spent is null ? null : "Tutor's fees",
            };
            db.PupilPremiumAllocations.Add(allocation);
            await db.SaveChangesAsync();
            return allocation.Id;
        });
}
