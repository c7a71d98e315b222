using System.Security.Claims;
using CoParent.Core.Allocations;
using CoParent.Core.Children;
using CoParent.Core.Reviews;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Reviews;

/// <summary>
/// The reviews a worker must arrange: for each child they may see who is in care today, the next review on the
/// timetable, when it is overdue or due within <see cref="WindowDays"/> days, soonest first.
/// </summary>
public static class ReviewsDue
{
    public const int WindowDays = 28;
    public const int PageSize = 50;

    public sealed record Row(int ChildId, string ChildName, DateOnly Due, int DaysLeft, bool Overdue, string? Iro);

    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Overdue, int Page, int Pages);

    public static async Task<Result> RunAsync(
        CoParentDbContext db, ChildAccessPolicy access, ClaimsPrincipal user, DateOnly today, bool overdueOnly, int page,
        ReviewsDueForAll everyone, CancellationToken ct, bool allPages = false)
    {
        var all = ChildAccessPolicy.SeesEveryChild(user)
            ? await everyone.GetAsync(today, ct)
            : await DueDatesAsync(db, access.VisibleChildren(user), today, ct);
        var ordered = overdueOnly ? all.Where(d => d.Due < today).ToList() : all;
        // A download is every page at once.
        var size = allPages ? Math.Max(1, ordered.Count) : PageSize;
        var pages = Children.Pagination.PagesFor(ordered.Count, size);
        page = Math.Clamp(page, 1, pages);
        var shown = ordered.Skip((page - 1) * size).Take(size).ToList();
        var ids = shown.Select(d => d.ChildId).ToList();

        var names = await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId }).ToDictionaryAsync(c => c.Id, ct);
        var iros = await db.Allocations.AsNoTracking()
            .Where(a => ids.Contains(a.ChildId) && a.Role == AllocationRole.IndependentReviewingOfficer && a.From <= today && (a.To == null || a.To >= today))
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { a.ChildId, u.DisplayName }).ToListAsync(ct);
        var iroOf = iros.GroupBy(i => i.ChildId).ToDictionary(g => g.Key, g => g.First().DisplayName);

        var rows = shown.Select(d =>
        {
            var c = names[d.ChildId];
            return new Row(d.ChildId, Child.NameToShow(c.GivenName, c.FamilyName, c.PreferredName, c.PersonId), d.Due,
                d.Due.DayNumber - today.DayNumber, d.Due < today, iroOf.GetValueOrDefault(d.ChildId));
        }).ToList();
        return new Result(rows, ordered.Count, ordered.Count(d => d.Due < today), page, pages);
    }

    /// <summary>Every child among <paramref name="children"/> in care today whose next review is overdue or due within the window, soonest first.</summary>
    public static async Task<IReadOnlyList<(int ChildId, DateOnly Due)>> DueDatesAsync(
        CoParentDbContext db, IQueryable<Child> children, DateOnly today, CancellationToken ct)
    {
        var inCare = children
            .Where(c => c.Episodes.Any(e => e.Decom <= today && (e.Dec == null || e.Dec > today)))
            .Select(c => c.Id);
        var episodes = await db.CareEpisodes.AsNoTracking().Where(e => inCare.Contains(e.ChildId) && e.Decom <= today)
            .Select(e => new { e.ChildId, Episode = new ReviewEpisode(e.Decom, e.Dec, e.Rne, e.Ls) }).ToListAsync(ct);
        var reviews = (await db.ChildReviews.AsNoTracking().Where(r => inCare.Contains(r.ChildId) && r.ReviewDate <= today)
            .Select(r => new { r.ChildId, r.ReviewDate, r.NextReviewBy }).ToListAsync(ct))
            .ToLookup(r => r.ChildId, r => new HeldReview(r.ReviewDate, r.NextReviewBy));

        var due = new List<(int ChildId, DateOnly Due)>();
        foreach (var child in episodes.GroupBy(e => e.ChildId))
        {
            var timetable = ReviewTimetable.AsAt(child.Select(e => e.Episode), reviews[child.Key], today);
            if (timetable.NextDueOn(today) is { } next && next <= today.AddDays(WindowDays)) due.Add((child.Key, next));
        }
        return due.OrderBy(d => d.Due).ThenBy(d => d.ChildId).ToList();
    }
}

/// <summary>
/// The whole council's reviews due, for the people who see every child: worked out once a minute and shared
/// (at national size one calculation reads every child's episodes and reviews, about two seconds), so that many
/// managers opening the list do not each repeat it. A review recorded shows in this list within a minute.
/// </summary>
public sealed class ReviewsDueForAll(IDbContextFactory<CoParentDbContext> contexts, TimeProvider clock)
{
    private readonly SharedCalculations<DateOnly, IReadOnlyList<(int ChildId, DateOnly Due)>> _recent = new(clock);

    public Task<IReadOnlyList<(int ChildId, DateOnly Due)>> GetAsync(DateOnly today, CancellationToken ct) =>
        _recent.GetAsync(today, TimeSpan.FromMinutes(1), async (day, token) =>
        {
            await using var db = await contexts.CreateDbContextAsync(token);
            return await ReviewsDue.DueDatesAsync(db, db.Children, day, token);
        }, ct);
}
