using CoParent.Core.Allocations;
using CoParent.Core.Children;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Peps;

/// <summary>
/// The PEPs a worker needs to act on for the children whose education record they may see: due, overdue, awaiting
/// the Virtual School's quality assurance, returned; and how timely PEPs have been this academic year by school and officer.
/// </summary>
public sealed class IndexModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public sealed record Row(int ChildId, string ChildName, string School, string What, DateOnly? DueBy, int? PepId);
    public sealed record Timeliness(string Name, int Due, int InTime, int Overdue)
    {
        public string InTimePercent => Due == 0 ? "" : $"{Math.Round(100m * InTime / Due, 1)}%";
    }

    public static readonly IReadOnlyList<(string Value, string Text)> Shows =
        [("all", "All"), ("due", "Due"), ("overdue", "Overdue"), ("awaiting", "Awaiting quality assurance"), ("returned", "Returned")];

    [BindProperty(SupportsGet = true)] public string? Show { get; set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Timeliness> BySchool { get; private set; } = [];
    public IReadOnlyList<Timeliness> ByOfficer { get; private set; } = [];
    public string AcademicYearLabel { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct)
    {
        Show = Shows.Any(s => s.Value == Show) ? Show : "all";
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var year = SchoolYear.AcademicYearStarting(today);
        AcademicYearLabel = SchoolYear.AcademicYearLabel(year);
        var ids = access.EducationPupils(User).Select(c => c.Id);
        var names = await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, Name = Child.NameToShow(c.GivenName, c.FamilyName, c.PreferredName, c.PersonId) }).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var schools = (await db.SchoolEnrolments.AsNoTracking().Where(e => ids.Contains(e.ChildId) && e.From <= today && (e.To == null || e.To >= today))
            .Select(e => new { e.ChildId, e.From, e.School!.Name }).ToListAsync(ct)).GroupBy(e => e.ChildId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.From)!.Name);
        var officerIds = (await db.Allocations.AsNoTracking().Where(a => ids.Contains(a.ChildId) && a.Role == AllocationRole.VirtualSchoolOfficer && a.From <= today && (a.To == null || a.To >= today))
            .Select(a => new { a.ChildId, a.UserId }).ToListAsync(ct)).GroupBy(a => a.ChildId).ToDictionary(g => g.Key, g => g.First().UserId);
        var officerNames = await db.Users.AsNoTracking().Where(u => officerIds.Values.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        var deadlines = await PepData.DeadlinesAsync(db, ct);
        // Due so far this academic year, and what falls due in the next four weeks.
        var due = (await PepData.TimelinessAsync(db, ids, ct))
            .SelectMany(c => PepTimeliness.Due(c, SchoolYear.AcademicYearStart(year), today.AddDays(28), deadlines)).ToList();
        var open = await db.PersonalEducationPlans.AsNoTracking().Where(p => ids.Contains(p.ChildId) && (p.Status == PepStatus.Submitted || p.Status == PepStatus.Returned))
            .Select(p => new { p.Id, p.ChildId, p.Status, p.DueBy }).ToListAsync(ct);

        string School(int childId) => schools.GetValueOrDefault(childId) ?? "Not on a school roll";
        string Officer(int childId) => officerIds.TryGetValue(childId, out var id) ? officerNames.GetValueOrDefault(id) ?? "Unknown" : "No officer allocated";
        var rows = new List<Row>();
        foreach (var d in due.Where(d => d.CompletedOn is null))
        {
            rows.Add(new Row(d.ChildId, names[d.ChildId], School(d.ChildId), d.DueBy < today ? "Overdue" : "Due", d.DueBy, null));
        }
        rows.AddRange(open.Select(p => new Row(p.ChildId, names[p.ChildId], School(p.ChildId), p.Status == PepStatus.Submitted ? "Awaiting quality assurance" : "Returned", p.DueBy, p.Id)));
        Rows = [.. rows.Where(r => Show switch
        {
            "due" => r.What == "Due",
            "overdue" => r.What == "Overdue",
            "awaiting" => r.What == "Awaiting quality assurance",
            "returned" => r.What == "Returned",
            _ => true,
        }).OrderBy(r => r.DueBy).ThenBy(r => r.ChildName, StringComparer.Ordinal)];

        var past = due.Where(d => d.DueBy <= today).ToList();
        IReadOnlyList<Timeliness> By(Func<int, string> key) => [.. past.GroupBy(d => key(d.ChildId)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Timeliness(g.Key, g.Count(), g.Count(d => d.CompletedInTime), g.Count(d => d.IsOverdueOn(today))))];
        BySchool = By(School);
        ByOfficer = By(Officer);

        if (TableDownload.Format(format) is { } f)
        {
            return TableDownload.File(new DownloadTable($"peps-{Show}", ["Child", "School", "What", "Due by"],
                [.. Rows.Select(r => (IReadOnlyList<string?>)[r.ChildName, r.School, r.What, r.DueBy?.ToString("yyyy-MM-dd")])]), f);
        }
        return Page();
    }
}
