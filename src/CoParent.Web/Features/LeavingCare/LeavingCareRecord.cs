using CoParent.Core.Allocations;
using CoParent.Core.CareLeavers;
using CoParent.Core.Children;
using CoParent.Core.Ssda903.Returns;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.LeavingCare;

/// <summary>A young person's leaving care record as the page and the API show it.</summary>
public static class LeavingCareRecord
{
    public sealed record Review(DateOnly ReviewDate, string WhatChanged);

    public sealed record Plan(DateOnly? NeedsAssessmentDate, DateOnly? AgreedDate, DateOnly? NextReviewDue, bool IsOverdue, bool IsDueSoon, IReadOnlyList<Review> Reviews);

    public sealed record Status(DateOnly From, string Activity, string Meaning, bool IsEet, bool? ActivelySeekingWork, bool? EmployedByCouncil);

    public sealed record Home(DateOnly From, string Code, string Meaning, bool IsSuitable, bool IsStayingPut, string? Postcode);

    public sealed record Support(
        string InTouch, string InTouchMeaning, bool IsParent, string? ChildrenAges, DateOnly? CoGrandparentOffered, DateOnly? CoGrandparentAccepted,
        DateOnly? CouncilTaxExemptFrom, DateOnly? CouncilTaxExemptTo, DateOnly? GuaranteedInterviewOffered, DateOnly? GuaranteedInterviewUsed);

    public sealed record ReturnYear(string Year, string? InTouch, string? Activity, string? Accommodation);

    public sealed record View(
        int ChildId, string Name, DateOnly DateOfBirth, int Age, string? PersonalAdviser, Plan? PathwayPlan,
        Status? CurrentStatus, IReadOnlyList<Status> StatusHistory, Home? CurrentAccommodation, IReadOnlyList<Home> AccommodationHistory,
        Support? Support, IReadOnlyList<ReturnYear> ReturnYears);

    public static async Task<View?> LoadAsync(CoParentDbContext db, int childId, DateOnly today, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId, c.DateOfBirth }).SingleOrDefaultAsync(ct);
        if (child is null) return null;

        var adviserId = await db.Allocations.AsNoTracking()
            .Where(a => a.ChildId == childId && a.Role == AllocationRole.PersonalAdviser && a.From <= today && (a.To == null || a.To >= today))
            .OrderByDescending(a => a.From).Select(a => a.UserId).FirstOrDefaultAsync(ct);
        var adviser = adviserId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == adviserId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);

        var plan = await db.PathwayPlans.AsNoTracking().Include(p => p.Reviews).SingleOrDefaultAsync(p => p.ChildId == childId, ct);
        var statuses = await db.EducationEmploymentStatuses.AsNoTracking().Where(s => s.ChildId == childId).OrderByDescending(s => s.From).ThenByDescending(s => s.Id).ToListAsync(ct);
        var homes = await db.AccommodationRecords.AsNoTracking().Where(a => a.ChildId == childId).OrderByDescending(a => a.From).ThenByDescending(a => a.Id).ToListAsync(ct);
        var support = await db.CareLeaverSupport.AsNoTracking().SingleOrDefaultAsync(s => s.ChildId == childId, ct);
        var years = await db.CareLeaverYears.AsNoTracking().Where(y => y.ChildId == childId).OrderByDescending(y => y.CollectionYear).ToListAsync(ct);

        var statusViews = statuses.Select(s => new Status(s.From, s.Activity, CareLeaverCodes.DescribeActivity(s.Activity), CareLeaverCodes.IsEet(s.Activity), s.ActivelySeekingWork, s.EmployedByCouncil)).ToList();
        var homeViews = homes.Select(a => new Home(a.From, a.Code, CareLeaverCodes.DescribeAccommodation(a.Code), a.IsSuitable, a.IsStayingPut, a.Postcode)).ToList();

        return new View(
            child.Id, Child.NameToShow(child.GivenName, child.FamilyName, child.PreferredName, child.PersonId), child.DateOfBirth,
            Age.On(child.DateOfBirth, today), adviser,
            plan is null ? null : new Plan(plan.NeedsAssessmentDate, plan.AgreedDate, plan.NextReviewDue,
                PathwayTimetable.IsOverdue(plan.NextReviewDue, today), PathwayTimetable.IsDueSoon(plan.NextReviewDue, today),
                plan.Reviews.OrderByDescending(r => r.ReviewDate).Select(r => new Review(r.ReviewDate, r.WhatChanged)).ToList()),
            statusViews.FirstOrDefault(s => s.From <= today), statusViews,
            homeViews.FirstOrDefault(h => h.From <= today), homeViews,
            support is null ? null : new Support(support.InTouch, CareLeaverCodes.DescribeInTouch(support.InTouch), support.IsParent, support.ChildrenAges,
                support.CoGrandparentOffered, support.CoGrandparentAccepted, support.CouncilTaxExemptFrom, support.CouncilTaxExemptTo,
                support.GuaranteedInterviewOffered, support.GuaranteedInterviewUsed),
            years.Select(y => new ReturnYear(new CollectionYear(y.CollectionYear).Label, y.InTouch, y.Activity, y.Accommodation)).ToList());
    }
}
