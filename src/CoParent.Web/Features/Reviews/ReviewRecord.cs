using CoParent.Core.Reviews;
using CoParent.Core.Ssda903;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Reviews;

/// <summary>A child's reviews against the statutory timetable, for the record page and the API.</summary>
public static class ReviewRecord
{
    /// <summary>The next review: when it is due, and how many days are left (negative: overdue by that many).</summary>
    public sealed record NextReview(DateOnly Due, int DaysLeft, bool Overdue);

    public sealed record HeldRow(
        int Id, DateOnly Date, DateOnly? Due, bool? OnTime, string? Participation, string ParticipationText,
        bool ChildViewsShared, string? ChairedBy, string Attendees, DateOnly? NextReviewBy, bool EarlierReviewsNotRecorded);

    public sealed record View(int ChildId, DateOnly AsAt, NextReview? Next, bool InCare, IReadOnlyList<HeldRow> Reviews);

    public static async Task<View> LoadAsync(CoParentDbContext db, int childId, DateOnly today, CancellationToken ct)
    {
        var episodes = await db.CareEpisodes.AsNoTracking().Where(e => e.ChildId == childId)
            .Select(e => new ReviewEpisode(e.Decom, e.Dec, e.Rne, e.Ls)).ToListAsync(ct);
        var reviews = await db.ChildReviews.AsNoTracking().Where(r => r.ChildId == childId)
            .Select(r => new { r.Id, r.ReviewDate, r.Participation, r.NextReviewBy, r.Attendees, r.ChairedByUserId }).ToListAsync(ct);
        var chairIds = reviews.Select(r => r.ChairedByUserId).OfType<string>().Distinct().ToList();
        var chairs = await db.Users.AsNoTracking().Where(u => chairIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        var timetable = ReviewTimetable.AsAt(episodes, reviews.Select(r => new HeldReview(r.ReviewDate, r.NextReviewBy, r.Participation)), today);
        var byDate = timetable.Reviews.ToDictionary(t => t.Date);
        var rows = reviews.OrderByDescending(r => r.ReviewDate).Select(r =>
        {
            var timed = byDate.GetValueOrDefault(r.ReviewDate);
            return new HeldRow(r.Id, r.ReviewDate, timed?.Due, timed?.Due is null ? null : timed.OnTime, r.Participation,
                DescribeParticipation(r.Participation), CodeSets.ChildViewsShared(r.Participation),
                r.ChairedByUserId is { } id ? chairs.GetValueOrDefault(id) : null, ReviewAttendeesText.Describe(r.Attendees), r.NextReviewBy,
                timed?.EarlierNotRecorded ?? false);
        }).ToList();
        var next = timetable.NextDueOn(today) is { } due ? new NextReview(due, due.DayNumber - today.DayNumber, today > due) : null;
        return new View(childId, today, next, timetable.NextDue is not null, rows);
    }

    public static string DescribeParticipation(string? code) =>
        code is null ? "Not recorded" : CodeSets.ReviewParticipation.Contains(code) ? CodeSets.ReviewParticipation.Describe(code) : $"Unknown code {code}";

    /// <summary>"in 12 days", "today", "3 days overdue".</summary>
    public static string DescribeDaysLeft(int daysLeft) => daysLeft switch
    {
        0 => "due today",
        1 => "due tomorrow",
        > 1 => $"in {daysLeft} days",
        -1 => "1 day overdue",
        _ => $"{-daysLeft} days overdue",
    };
}
