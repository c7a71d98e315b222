using CoParent.Core.Access;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.VirtualSchool;

/// <summary>The schools reference list: search by name or URN, with how many of our children in care are on each roll.</summary>
[Authorize(Roles = Readers)]
public sealed class SchoolsModel(CoParentDbContext db, TimeProvider clock) : PageModel
{
    public const string Readers = Roles.VirtualSchoolHead + "," + Roles.Manager + "," + Roles.VirtualSchoolOfficer;
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }

    public sealed record Row(int Id, string Urn, string Name, SchoolPhase Phase, string LaName, OfstedRating? Ofsted, string? DesignatedTeacher, string? DesignatedTeacherEmail, int Children);

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }

    public static readonly IReadOnlyList<string> Headers = ["URN", "School", "Phase", "Local authority", "Ofsted", "Designated teacher", "Children in care on roll"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var query = db.Schools.AsNoTracking();
        var q = Q?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            var lower = q.ToLowerInvariant();
            query = query.Where(s => s.Urn == q || s.Name.ToLower().Contains(lower));
        }
        var inCare = RollQuery.InCareOn(db.Children, today).Select(c => c.Id);
        var counts = db.SchoolEnrolments.Where(e => e.From <= today && (e.To == null || e.To >= today) && inCare.Contains(e.ChildId));
        Total = await query.CountAsync(ct);
        var download = TableDownload.Format(Format);
        // Ordered before the projection into Row: EF cannot order by a record's constructor arguments.
        var rows = query
            .Select(s => new { s.Id, s.Urn, s.Name, s.Phase, s.LaName, s.OfstedRating, s.DesignatedTeacherName, s.DesignatedTeacherEmail, Children = counts.Count(e => e.SchoolId == s.Id) })
            .OrderByDescending(r => r.Children).ThenBy(r => r.Name);
        Rows = (await (download is null ? rows.Take(PageSize) : rows).ToListAsync(ct))
            .Select(s => new Row(s.Id, s.Urn, s.Name, s.Phase, s.LaName, s.OfstedRating, s.DesignatedTeacherName, s.DesignatedTeacherEmail, s.Children)).ToList();
        if (download is not null)
        {
            return TableDownload.File(new DownloadTable("schools", Headers,
                [.. Rows.Select(r => (IReadOnlyList<string?>)[r.Urn, r.Name, SchoolsCsv.Label(r.Phase), r.LaName, SchoolsCsv.Label(r.Ofsted), r.DesignatedTeacher, r.Children.ToString(System.Globalization.CultureInfo.InvariantCulture)])]), download);
        }
        return Page();
    }

}
