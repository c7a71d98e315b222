using System.Globalization;
using CoParent.Core.Allocations;
using CoParent.Core.Children;
using CoParent.Core.Identity;
using CoParent.Core.Measures;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Identity;

/// <summary>
/// The worker's life story list: their children in care a year or more whose life story work is not completed, and
/// completed work whose yearly review is due within four weeks or overdue. Managers see every child, by team.
/// </summary>
public sealed class LifeStoriesModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(int ChildId, string Name, DateOnly InCareSince, string Status, DateOnly? Started, DateOnly? ReviewDue);

    [BindProperty(SupportsGet = true)] public int? Team { get; set; }
    [BindProperty(SupportsGet = true, Name = "pageNumber")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int NotStarted { get; private set; }
    public int InProgress { get; private set; }
    public int ReviewsDue { get; private set; }
    public bool SeesEveryChild { get; private set; }
    public IReadOnlyList<(string Value, string Text)> Teams { get; private set; } = [];
    public Pagination Paging => new(PageNumber, Pagination.PagesFor(Total, PageSize),
        p => $"/life-stories?pageNumber={p}{(Team is { } t ? $"&team={t}" : "")}");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var yearAgo = today.AddYears(-1);
        SeesEveryChild = ChildAccessPolicy.SeesEveryChild(User);
        var visible = access.VisibleChildren(User);
        if (SeesEveryChild)
        {
            Teams = [("", "All teams"), .. (await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(ct))
                .Select(t => (t.Id.ToString(CultureInfo.InvariantCulture), t.Name))];
            if (Team is { } team)
            {
                visible = visible.Where(c => c.Allocations.Any(a => a.Role == AllocationRole.SocialWorker && a.TeamId == team
                    && a.From <= today && (a.To == null || a.To >= today)));
            }
        }

        // Only children in care on the day a year ago can have been in care a year; the period of care is then worked out exactly.
        var candidates = visible.Where(c => c.Episodes.Any(e => e.Decom <= yearAgo && (e.Dec == null || e.Dec >= yearAgo)));
        var histories = await candidates.InCareOn(db.CareEpisodes, today).ToListAsync(ct);
        var since = histories
            .Select(h => (h.ChildId, Start: CareHistory.PeriodOfCareStart(h.Episodes, today)))
            .Where(x => x.Start is { } s && s <= yearAgo)
            .ToDictionary(x => x.ChildId, x => x.Start!.Value);
        var work = await db.LifeStoryWork.AsNoTracking().Where(w => candidates.Any(c => c.Id == w.ChildId)).ToDictionaryAsync(w => w.ChildId, ct);

        var due = since.Select(x =>
            {
                var w = work.GetValueOrDefault(x.Key);
                var status = w is null ? "Not started" : IdentityRecord.Status(w, today);
                return (ChildId: x.Key, Since: x.Value, Status: status, Started: w?.Started, ReviewDue: w?.ReviewDue);
            })
            .Where(x => x.Status is not "Completed")
            .OrderBy(x => x.Status switch { "Review overdue" => 0, "Not started" => 1, "In progress" => 2, _ => 3 })
            .ThenBy(x => x.ReviewDue ?? x.Since)
            .ToList();
        Total = due.Count;
        NotStarted = due.Count(x => x.Status == "Not started");
        InProgress = due.Count(x => x.Status == "In progress");
        ReviewsDue = due.Count(x => x.Status is "Review due" or "Review overdue");
        PageNumber = Math.Clamp(PageNumber, 1, Pagination.PagesFor(Total, PageSize));
        // A download is every page at once.
        var format = TableDownload.Format(Request.Query["format"]);
        var page = format is null ? due.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList() : due;
        var ids = page.Select(x => x.ChildId).ToList();
        var names = await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId })
            .ToDictionaryAsync(c => c.Id, c => Child.NameToShow(c.GivenName, c.FamilyName, c.PreferredName, c.PersonId), ct);
        Rows = page.Select(x => new Row(x.ChildId, names[x.ChildId], x.Since, x.Status, x.Started, x.ReviewDue)).ToList();
        if (format is not null)
        {
            static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return TableDownload.File(new DownloadTable("life-story-work", ["Child", "In care since", "Life story work", "Started", "Review due"],
                Rows.Select(r => (IReadOnlyList<string?>)[r.Name, Iso(r.InCareSince), r.Status, Iso(r.Started), Iso(r.ReviewDue)]).ToList()), format);
        }
        return Page();
    }
}
