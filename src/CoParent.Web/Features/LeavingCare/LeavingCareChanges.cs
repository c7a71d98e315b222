using CoParent.Core.CareLeavers;
using CoParent.Core.Children;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.LeavingCare;

/// <summary>
/// The rules and saves the leaving care pages and API share: a new EET status and a pathway plan review.
/// Each check returns errors keyed by field name, with messages a person reads; the caller maps keys to its form.
/// </summary>
public static class LeavingCareChanges
{
    public sealed record Error(string Field, string Message);

    public sealed record NewStatus(DateOnly? From, string? Activity, bool? ActivelySeekingWork, bool? EmployedByCouncil);

    public sealed record NewReview(DateOnly? ReviewDate, string? WhatChanged);

    public const int WhatChangedLength = 2000;

    public static List<Error> Check(NewStatus input, DateOnly dateOfBirth, DateOnly today)
    {
        var errors = new List<Error>();
        if (input.From is { } from) CheckDate(errors, nameof(NewStatus.From), from, dateOfBirth, today, "The date the status started");
        else errors.Add(new(nameof(NewStatus.From), "Enter the date the status started"));

        var activity = input.Activity?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(activity)) errors.Add(new(nameof(NewStatus.Activity), "Select what they are doing"));
        else if (!CareLeaverCodes.IsActivity(activity)) errors.Add(new(nameof(NewStatus.Activity), "Select what they are doing from the list"));
        else if (CareLeaverCodes.IsNeet(activity) && input.ActivelySeekingWork is null)
            errors.Add(new(nameof(NewStatus.ActivelySeekingWork), "Select yes if they are actively looking for work"));
        else if (CareLeaverCodes.IsWork(activity) && input.EmployedByCouncil is null)
            errors.Add(new(nameof(NewStatus.EmployedByCouncil), "Select yes if the council is their employer"));
        return errors;
    }

    public static List<Error> Check(NewReview input, PathwayPlan? plan, DateOnly today)
    {
        var errors = new List<Error>();
        if (input.ReviewDate is not { } date) errors.Add(new(nameof(NewReview.ReviewDate), "Enter the date of the review"));
        else if (date > today) errors.Add(new(nameof(NewReview.ReviewDate), "The date of the review must be today or in the past"));
        else if (plan?.AgreedDate is { } agreed && date < agreed)
            errors.Add(new(nameof(NewReview.ReviewDate), $"The date of the review must be on or after {agreed:d MMMM yyyy}, when the plan was agreed"));
        else if (plan?.AgreedDate is null)
            errors.Add(new(nameof(NewReview.ReviewDate), "Record the date the pathway plan was agreed before recording a review"));

        if (string.IsNullOrWhiteSpace(input.WhatChanged)) errors.Add(new(nameof(NewReview.WhatChanged), "Enter what changed in the plan at the review"));
        else if (input.WhatChanged.Trim().Length > WhatChangedLength)
            errors.Add(new(nameof(NewReview.WhatChanged), $"What changed must be {WhatChangedLength} characters or fewer"));
        return errors;
    }

    /// <summary>A date from the young person's 14th birthday (when leaving care support can begin to count) up to today.</summary>
    public static void CheckDate(List<Error> errors, string field, DateOnly date, DateOnly dateOfBirth, DateOnly today, string what)
    {
        if (date > today) errors.Add(new(field, $"{what} must be today or in the past"));
        else if (date < Age.Birthday(dateOfBirth, dateOfBirth.Year + 14))
            errors.Add(new(field, $"{what} must be on or after their 14th birthday"));
    }

    public static async Task AddStatusAsync(CoParentDbContext db, int childId, NewStatus input, DateOnly today, CancellationToken ct)
    {
        var activity = input.Activity!.Trim().ToUpperInvariant();
        db.EducationEmploymentStatuses.Add(new EducationEmploymentStatus
        {
            ChildId = childId,
            From = input.From!.Value,
            Activity = activity,
            ActivelySeekingWork = CareLeaverCodes.IsNeet(activity) ? input.ActivelySeekingWork : null,
            EmployedByCouncil = CareLeaverCodes.IsWork(activity) ? input.EmployedByCouncil : null,
        });
        await db.SaveChangesAsync(ct);
        await CareLeaverYears.WriteThroughAsync(db, childId, today, ct);
        await db.SaveChangesAsync(ct);
    }

    public static async Task AddReviewAsync(CoParentDbContext db, PathwayPlan plan, NewReview input, CancellationToken ct)
    {
        plan.Reviews.Add(new PathwayPlanReview { ReviewDate = input.ReviewDate!.Value, WhatChanged = input.WhatChanged!.Trim() });
        await db.SaveChangesAsync(ct);
    }

    public static Task<PathwayPlan?> PlanAsync(CoParentDbContext db, int childId, CancellationToken ct) =>
        db.PathwayPlans.Include(p => p.Reviews).SingleOrDefaultAsync(p => p.ChildId == childId, ct);
}
