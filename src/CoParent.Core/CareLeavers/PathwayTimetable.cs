namespace CoParent.Core.CareLeavers;

/// <summary>
/// When a pathway plan is next reviewed: at intervals of not more than six months from the last review, or from
/// the plan being agreed if it has not been reviewed yet (measures.md §8; the young person or adviser may ask sooner).
/// </summary>
public static class PathwayTimetable
{
    public const int MonthsBetweenReviews = 6;
    public const int DueSoonDays = 28;

    public static DateOnly? NextReviewDue(DateOnly? agreed, IEnumerable<DateOnly> reviews)
    {
        var last = reviews.Select(r => (DateOnly?)r).Max();
        var from = last is { } l && (agreed is null || l > agreed) ? l : agreed;
        return from?.AddMonths(MonthsBetweenReviews);
    }

    public static bool IsOverdue(DateOnly? due, DateOnly today) => due is { } d && d < today;

    /// <summary>Due within the next four weeks (today included), and not yet overdue.</summary>
    public static bool IsDueSoon(DateOnly? due, DateOnly today) => due is { } d && d >= today && d <= today.AddDays(DueSoonDays);
}
