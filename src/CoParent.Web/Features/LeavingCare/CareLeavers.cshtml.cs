using CoParent.Core.Access;
using CoParent.Core.Allocations;
using CoParent.Core.CareLeavers;
using CoParent.Core.Children;
using CoParent.Core.Audit;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.LeavingCare;

/// <summary>
/// The young people a worker acts for from 16 to 25: for a personal adviser their own caseload ("My young people"),
/// for others every young person they may see. What needs doing first: pathway plan reviews overdue or due in the
/// next four weeks, anyone not in education, employment or training, in unsuitable accommodation or out of touch.
/// </summary>
public sealed class CareLeaversModel(CoParentDbContext db, ChildAccessPolicy access, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int MaxRows = 500;

    public static readonly IReadOnlyList<(string Value, string Text)> Filters =
    [
        ("", "Everyone"), ("review", "Pathway plan review overdue or due in 4 weeks"), ("neet", "Not in education, employment or training"),
        ("unsuitable", "In unsuitable accommodation"), ("not-in-touch", "Not in touch"),
    ];

    public sealed record Row(
        int ChildId, string Name, int Age, string? Adviser, DateOnly? ReviewDue, bool Overdue, bool DueSoon,
        string? Activity, bool IsNeet, string? Accommodation, bool IsUnsuitable, string InTouch);

    [BindProperty(SupportsGet = true)] public string? Show { get; set; }

    public bool IsAdviser { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        IsAdviser = User.IsInRole(Roles.PersonalAdviser);
        if (Filters.All(f => f.Value != (Show ?? ""))) Show = null;

        var oldest = today.AddYears(-26).AddDays(1);
        var youngest = today.AddYears(-16);
        var userId = User.Id();
        var young = access.VisibleChildren(User).Where(c => c.DateOfBirth >= oldest && c.DateOfBirth <= youngest);
        young = IsAdviser && !ChildAccessPolicy.SeesEveryChild(User)
            ? young.Where(c => c.Allocations.Any(a => a.Role == AllocationRole.PersonalAdviser && a.UserId == userId && a.From <= today && (a.To == null || a.To >= today)))
            : young.Where(c => c.Allocations.Any(a => a.Role == AllocationRole.PersonalAdviser && a.From <= today && (a.To == null || a.To >= today))
                               || db.PathwayPlans.Any(p => p.ChildId == c.Id));

        var people = await young.AsNoTracking()
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId, c.DateOfBirth }).ToListAsync(ct);
        var ids = young.Select(c => c.Id);
        var plans = await db.PathwayPlans.AsNoTracking().Include(p => p.Reviews).Where(p => ids.Contains(p.ChildId)).ToDictionaryAsync(p => p.ChildId, ct);
        var statuses = (await db.EducationEmploymentStatuses.AsNoTracking().Where(s => ids.Contains(s.ChildId) && s.From <= today)
            .Select(s => new { s.ChildId, s.From, s.Id, s.Activity }).ToListAsync(ct))
            .GroupBy(s => s.ChildId).ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.From).ThenByDescending(s => s.Id).First().Activity);
        var homes = (await db.AccommodationRecords.AsNoTracking().Where(a => ids.Contains(a.ChildId) && a.From <= today)
            .Select(a => new { a.ChildId, a.From, a.Id, a.Code }).ToListAsync(ct))
            .GroupBy(a => a.ChildId).ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.From).ThenByDescending(a => a.Id).First().Code);
        var touch = await db.CareLeaverSupport.AsNoTracking().Where(s => ids.Contains(s.ChildId)).ToDictionaryAsync(s => s.ChildId, s => s.InTouch, ct);
        var advisers = await (
            from a in db.Allocations.AsNoTracking()
            join u in db.Users on a.UserId equals u.Id
            where ids.Contains(a.ChildId) && a.Role == AllocationRole.PersonalAdviser && a.From <= today && (a.To == null || a.To >= today)
            select new { a.ChildId, u.DisplayName }).ToListAsync(ct);
        var adviserOf = advisers.GroupBy(a => a.ChildId).ToDictionary(g => g.Key, g => g.First().DisplayName);

        var rows = people.Select(p =>
        {
            var due = plans.GetValueOrDefault(p.Id)?.NextReviewDue;
            var activity = statuses.GetValueOrDefault(p.Id);
            var home = homes.GetValueOrDefault(p.Id);
            return new Row(p.Id, Child.NameToShow(p.GivenName, p.FamilyName, p.PreferredName, p.PersonId), Age.On(p.DateOfBirth, today),
                adviserOf.GetValueOrDefault(p.Id), due, PathwayTimetable.IsOverdue(due, today), PathwayTimetable.IsDueSoon(due, today),
                activity, CareLeaverCodes.IsNeet(activity), home, home is not null && !CareLeaverCodes.IsSuitable(home),
                touch.GetValueOrDefault(p.Id) ?? "YES");
        });
        rows = Show switch
        {
            "review" => rows.Where(r => r.Overdue || r.DueSoon),
            "neet" => rows.Where(r => r.IsNeet),
            "unsuitable" => rows.Where(r => r.IsUnsuitable),
            "not-in-touch" => rows.Where(r => r.InTouch != "YES"),
            _ => rows,
        };
        // Overdue first, then the soonest due; no plan at all is a gap to close too, after those.
        var ordered = rows.OrderByDescending(r => r.Overdue).ThenBy(r => r.ReviewDue ?? DateOnly.MaxValue).ThenBy(r => r.Name).ToList();
        Total = ordered.Count;
        if (TableDownload.Format(Request.Query["format"]) is { } format)
        {
            // A read of many young people at once: one entry with how many, never who.
            await audit.RecordAsync("care-leavers.download", AuditOutcome.Allowed, User.Id(), User.UserName(), null,
                $"GET {Request.Path} as {format}: {ordered.Count} young people", ct);
            return TableDownload.File(Download(ordered, today), format);
        }
        Rows = ordered.Take(MaxRows).ToList();
        return Page();
    }

    /// <summary>
    /// The page's columns (no adviser column on an adviser's own caseload), each cell in the words the page shows, tags
    /// included: "(Not in touch)" after a name, "(overdue)" after a review date.
    /// </summary>
    private DownloadTable Download(IReadOnlyList<Row> rows, DateOnly today)
    {
        IReadOnlyList<string> headers = IsAdviser
            ? ["Name", "Age", "Pathway plan review due", "Doing", "Accommodation"]
            : ["Name", "Age", "Personal adviser", "Pathway plan review due", "Doing", "Accommodation"];
        return new DownloadTable($"{(IsAdviser ? "my-young-people" : "care-leavers")}-{today:yyyy-MM-dd}", headers, rows.Select(r =>
        {
            List<string?> cells = [r.InTouch == "YES" ? r.Name : $"{r.Name} ({CareLeaverCodes.DescribeInTouch(r.InTouch)})",
                r.Age.ToString(System.Globalization.CultureInfo.InvariantCulture)];
            if (!IsAdviser) cells.Add(r.Adviser ?? "None allocated");
            var due = r.ReviewDue?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "No plan agreed";
            cells.AddRange([
                r.Overdue ? due + " (overdue)" : r.DueSoon ? due + " (due soon)" : due,
                r.Activity is null ? "Not recorded" : r.IsNeet ? "NEET" : "EET",
                r.Accommodation is null ? "Not recorded" : r.IsUnsuitable ? "Not suitable" : CareLeaverCodes.DescribeAccommodation(r.Accommodation),
            ]);
            return (IReadOnlyList<string?>)cells;
        }).ToList());
    }
}
