using CoParent.Core.Allocations;
using CoParent.Core.Audit;
using CoParent.Core.Children;
using CoParent.Core.Family;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Family;

/// <summary>
/// What a worker needs to act on for their children in care: no current family time (and no reason recorded),
/// care plans due for review in the next 4 weeks or overdue, and brothers and sisters in care living apart.
/// Workers see their own children (ChildAccessPolicy); managers see every child and can pick a team.
/// </summary>
public sealed class FamilyTimeListModel(CoParentDbContext db, ChildAccessPolicy access, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int DueWithinDays = 28;
    public const int MaxRows = 200;

    public sealed record Row(int ChildId, string Name, string PersonId, DateOnly? Due);

    public sealed record Section(string Key, string Title, int Total, IReadOnlyList<Row> Rows);

    [BindProperty(SupportsGet = true, Name = "need")] public string? Need { get; set; }
    [BindProperty(SupportsGet = true, Name = "team")] public int? TeamId { get; set; }

    public DateOnly Today { get; private set; }
    public bool ShowsTeams { get; private set; }
    public IReadOnlyList<(string Value, string Text)> Teams { get; private set; } = [];
    public IReadOnlyList<Section> Sections { get; private set; } = [];

    public static readonly IReadOnlyList<(string Value, string Text)> Needs =
    [
        ("", "Everything"), ("family-time", "No family time arranged"), ("care-plan", "Care plan reviews"), ("siblings", "Brothers and sisters apart"),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var format = TableDownload.Format(Request.Query["format"]);
        // The page shows the first MaxRows of each list; a download has every row.
        var limit = format is null ? MaxRows : int.MaxValue;
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var today = Today;
        ShowsTeams = ChildAccessPolicy.SeesEveryChild(User);
        var visible = access.VisibleChildren(User);
        if (ShowsTeams)
        {
            Teams = (await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(ct))
                .Select(t => (t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Name)).Prepend(("", "All teams")).ToList();
            if (TeamId is { } team)
            {
                visible = visible.Where(c => c.Allocations.Any(a => a.Role == AllocationRole.SocialWorker && a.TeamId == team
                    && a.From <= today && (a.To == null || a.To >= today)));
            }
        }
        var inCareIds = FamilyRecord.OpenEpisodes(db.CareEpisodes, today).Select(e => e.ChildId);
        var children = visible.AsNoTracking().Where(c => inCareIds.Contains(c.Id));
        var need = Needs.Any(n => n.Value == Need) ? Need ?? "" : "";

        var sections = new List<Section>();
        if (need is "" or "family-time") sections.Add(await NoFamilyTimeAsync(children, today, limit, ct));
        if (need is "" or "care-plan") sections.Add(await CarePlansDueAsync(children, today, limit, ct));
        if (need is "" or "siblings") sections.Add(await SiblingsApartAsync(children, inCareIds, today, limit, ct));
        Sections = sections;
        await audit.RecordAsync("family.list", AuditOutcome.Allowed, User.Id(), User.UserName(), null,
            format is null ? $"GET {Request.Path}" : $"GET {Request.Path} as {format}: {sections.Sum(s => s.Rows.Count)} rows", ct);
        return format is null ? Page() : TableDownload.File(Download(), format);
    }

    public static readonly IReadOnlyList<string> DownloadHeaders = ["List", "Child", "Person ID", "Review by", "Status"];

    /// <summary>Every list the page shows in one file, with the list each row is on; review columns blank outside care plans.</summary>
    private DownloadTable Download() => new($"family-time-to-act-on-{Today:yyyy-MM-dd}", DownloadHeaders,
        Sections.SelectMany(s => s.Rows.Select(r => (IReadOnlyList<string?>)(s.Key == "care-plan"
            ? [s.Title, r.Name, r.PersonId, r.Due is { } due ? due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "No care plan recorded",
                r.Due is null || r.Due < Today ? "Overdue" : "Due soon"]
            : [s.Title, r.Name, r.PersonId, null, null]))).ToList());

    private async Task<Section> NoFamilyTimeAsync(IQueryable<Child> children, DateOnly today, int limit, CancellationToken ct)
    {
        var query = children.Where(c =>
            !db.FamilyTimeArrangements.Any(a => a.ChildId == c.Id && a.From <= today && (a.To == null || a.To >= today))
            && db.CarePlans.Where(p => p.ChildId == c.Id && p.AgreedOn <= today).OrderByDescending(p => p.AgreedOn).ThenByDescending(p => p.Id)
                .Select(p => p.NoFamilyTimeReason).FirstOrDefault() == null);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.Id).Take(limit)
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId }).ToListAsync(ct);
        return new Section("family-time", "No family time arranged", total,
            rows.Select(c => new Row(c.Id, Child.NameToShow(c.GivenName, c.FamilyName, c.PreferredName, c.PersonId), c.PersonId, null)).ToList());
    }

    private async Task<Section> CarePlansDueAsync(IQueryable<Child> children, DateOnly today, int limit, CancellationToken ct)
    {
        var soon = today.AddDays(DueWithinDays);
        var query = children
            .Select(c => new
            {
                c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId,
                ReviewBy = db.CarePlans.Where(p => p.ChildId == c.Id && p.AgreedOn <= today)
                    .OrderByDescending(p => p.AgreedOn).ThenByDescending(p => p.Id).Select(p => (DateOnly?)p.ReviewBy).FirstOrDefault(),
            })
            .Where(c => c.ReviewBy == null || c.ReviewBy <= soon);
        var total = await query.CountAsync(ct);
        // No plan at all comes first: it is the most overdue.
        var rows = await query.OrderBy(c => c.ReviewBy != null).ThenBy(c => c.ReviewBy)
            .ThenBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.Id).Take(limit).ToListAsync(ct);
        return new Section("care-plan", "Care plans due for review", total,
            rows.Select(c => new Row(c.Id, Child.NameToShow(c.GivenName, c.FamilyName, c.PreferredName, c.PersonId), c.PersonId, c.ReviewBy)).ToList());
    }

    private async Task<Section> SiblingsApartAsync(IQueryable<Child> children, IQueryable<int> inCareIds, DateOnly today, int limit, CancellationToken ct)
    {
        var withSiblingInCare = await children
            .Where(c => db.SiblingLinks.Any(s => (s.ChildId == c.Id && inCareIds.Contains(s.SiblingId)) || (s.SiblingId == c.Id && inCareIds.Contains(s.ChildId))))
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId }).ToListAsync(ct);
        var ids = withSiblingInCare.Select(c => c.Id).ToList();
        var links = await db.SiblingLinks.AsNoTracking().Where(s => ids.Contains(s.ChildId) || ids.Contains(s.SiblingId))
            .Select(s => new { s.ChildId, s.SiblingId }).ToListAsync(ct);
        var homes = await FamilyRecord.PlacementsOnAsync(db, [.. links.SelectMany(l => new[] { l.ChildId, l.SiblingId }).Distinct()], today, ct);
        var apart = withSiblingInCare.Where(c =>
        {
            var others = links.Where(l => l.ChildId == c.Id || l.SiblingId == c.Id).Select(l => l.ChildId == c.Id ? l.SiblingId : l.ChildId)
                .Where(homes.ContainsKey).ToList();
            return others.Count > 0 && !others.Any(o => SiblingPlacement.LiveTogether(homes.GetValueOrDefault(c.Id), homes[o]));
        }).OrderBy(c => c.FamilyName, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.GivenName, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Id).ToList();
        return new Section("siblings", "Living apart from their brothers and sisters in care", apart.Count,
            apart.Take(limit).Select(c => new Row(c.Id, Child.NameToShow(c.GivenName, c.FamilyName, c.PreferredName, c.PersonId), c.PersonId, null)).ToList());
    }
}
