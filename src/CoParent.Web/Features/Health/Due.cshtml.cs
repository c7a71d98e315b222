using System.Globalization;
using CoParent.Core.Audit;
using CoParent.Core.Children;
using CoParent.Core.Health;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CoParent.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Health;

/// <summary>
/// Health assessments, dental checks and questionnaires due in the next 4 weeks or overdue, soonest first, for the
/// children the signed-in person sees (their own as a social worker, their team's as a team manager, all as a manager).
/// </summary>
public sealed class DueModel(CoParentDbContext db, ChildAccessPolicy access, AuditLog audit, TimeProvider clock, HealthDueForAll everyone) : PageModel
{
    public const int PageSize = 50;
    public const int LookAheadDays = 28;

    public sealed record Row(int ChildId, string ChildName, string What, DateOnly DueBy, bool Overdue);

    [BindProperty(SupportsGet = true, Name = "what")] public string? What { get; set; }
    [BindProperty(SupportsGet = true, Name = "pageNumber")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Overdue { get; private set; }
    public int Pages { get; private set; }
    public DateOnly Today { get; private set; }

    public static IReadOnlyList<(string Value, string Text)> Kinds { get; } =
    [
        ("", "Everything due"),
        (nameof(HealthDueKind.InitialAssessment), "Initial health assessments"),
        (nameof(HealthDueKind.ReviewAssessment), "Review health assessments"),
        (nameof(HealthDueKind.DentalCheck), "Dental checks"),
        (nameof(HealthDueKind.Sdq), "Strengths and Difficulties Questionnaires"),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var today = Today;
        HealthDueKind? only = Enum.TryParse<HealthDueKind>(What, out var k) && Enum.IsDefined(k) ? k : null;
        var all = ChildAccessPolicy.SeesEveryChild(User)
            ? await everyone.GetAsync(today, ct)
            : await DueItemsAsync(db, access.VisibleChildren(User), today, ct);
        var due = only is null ? all : all.Where(d => d.Kind == only).ToList();
        Total = due.Count;
        Overdue = due.Count(d => d.IsOverdueOn(today));
        Pages = Children.Pagination.PagesFor(Total, PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        // A download is every page at once.
        var format = TableDownload.Format(Request.Query["format"]);
        var shown = format is null ? due.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList() : due.ToList();
        var ids = shown.Select(d => d.ChildId).Distinct().ToList();
        var names = await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId }).ToDictionaryAsync(c => c.Id, ct);
        Rows = shown.Select(d =>
        {
            var n = names[d.ChildId];
            return new Row(d.ChildId, Child.NameToShow(n.GivenName, n.FamilyName, n.PreferredName, n.PersonId), d.What, d.DueBy, d.IsOverdueOn(today));
        }).ToList();

        await audit.RecordAsync("health.due.list", AuditOutcome.Allowed, User.Id(), User.UserName(), null,
            format is null ? $"GET {Request.Path}" : $"GET {Request.Path} as {format}: {Rows.Count} rows", ct);
        if (format is not null)
        {
            return TableDownload.File(new DownloadTable("health-due", ["Child", "What", "Due by", "Status"],
                Rows.Select(r => (IReadOnlyList<string?>)[r.ChildName, r.What, r.DueBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Overdue ? "Overdue" : "Due soon"]).ToList()), format);
        }
        return Page();
    }

    public string PageUrl(int page) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/health",
        new Dictionary<string, string?> { ["what"] = What, ["pageNumber"] = page.ToString(CultureInfo.InvariantCulture) }
            .Where(p => !string.IsNullOrEmpty(p.Value)));

    /// <summary>What is due in the next <see cref="LookAheadDays"/> days or overdue for the children among these in care today, soonest first.</summary>
    public static async Task<IReadOnlyList<DueItem>> DueItemsAsync(CoParentDbContext db, IQueryable<Child> children, DateOnly today, CancellationToken ct)
    {
        var inCare = children.Where(c => c.Episodes.Any(e => e.Decom <= today && (e.Dec == null || e.Dec > today)));
        var records = await HealthData.LoadAsync(db, inCare.Select(c => c.Id), null, ct);
        return records
            .SelectMany(c => HealthTimetable.WhatIsDue(c, today).Select(d => new DueItem(c.ChildId, d)))
            .Where(x => x.DueBy <= today.AddDays(LookAheadDays))
            .OrderBy(x => x.DueBy).ThenBy(x => x.ChildId)
            .ToList();
    }
}

/// <summary>One thing due for one child.</summary>
public sealed record DueItem(int ChildId, HealthDue Due)
{
    public HealthDueKind Kind => Due.Kind;
    public string What => Due.What;
    public DateOnly DueBy => Due.DueBy;
    public bool IsOverdueOn(DateOnly date) => Due.IsOverdueOn(date);
}

/// <summary>
/// The whole council's health list, for the people who see every child: worked out once a minute and shared
/// (at national size it reads every child's health records, seconds of work), so that many managers opening it
/// do not each repeat it. Something recorded shows in this list within a minute.
/// </summary>
public sealed class HealthDueForAll(IDbContextFactory<CoParentDbContext> contexts, TimeProvider clock)
{
    private readonly SharedCalculations<DateOnly, IReadOnlyList<DueItem>> _recent = new(clock);

    public Task<IReadOnlyList<DueItem>> GetAsync(DateOnly today, CancellationToken ct) =>
        _recent.GetAsync(today, TimeSpan.FromMinutes(1), async (day, token) =>
        {
            await using var db = await contexts.CreateDbContextAsync(token);
            return await DueModel.DueItemsAsync(db, db.Children, day, token);
        }, ct);
}
