using System.Globalization;
using CoParent.Core.Allocations;
using CoParent.Core.Children;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Attendance;

/// <summary>
/// The children on a school roll who are not in school on a day: an absence code in either session, or no mark yet
/// (by late morning a missing morning mark is worth a phone call). Only the children whose education record the user sees.
/// </summary>
public sealed class TodayModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public sealed record Row(int ChildId, string Name, string School, string? Am, string? Pm, string What);

    public DateOnly Date { get; private set; }
    public string? DateError { get; private set; }
    public int? School { get; private set; }
    public string? Officer { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Schools { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name)> Officers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? date, int? school, string? officer, string? format, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Date = today;
        if (!string.IsNullOrWhiteSpace(date))
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) Date = d;
            else DateError = "Enter the date as YYYY-MM-DD, like 2026-11-23";
        }
        School = school;
        Officer = string.IsNullOrWhiteSpace(officer) ? null : officer;
        var on = Date;

        var pupils = access.EducationPupils(User);
        var enrolled = db.SchoolEnrolments.AsNoTracking()
            .Where(e => e.From <= on && (e.To == null || e.To >= on) && pupils.Any(p => p.Id == e.ChildId));
        if (School is not null) enrolled = enrolled.Where(e => e.SchoolId == School);
        if (Officer is not null)
        {
            enrolled = enrolled.Where(e => db.Allocations.Any(a => a.ChildId == e.ChildId && a.Role == AllocationRole.VirtualSchoolOfficer
                && a.UserId == Officer && a.From <= on && (a.To == null || a.To >= on)));
        }
        var list = await enrolled.Select(e => new
        {
            e.ChildId, e.Child!.GivenName, e.Child.FamilyName, e.Child.PreferredName, e.Child.PersonId, SchoolName = e.School!.Name, e.SchoolId,
        }).ToListAsync(ct);
        var ids = list.Select(e => e.ChildId).Distinct().ToList();
        var marks = (await db.AttendanceMarks.AsNoTracking().Where(m => m.Date == on && ids.Contains(m.ChildId))
            .Select(m => new { m.ChildId, m.Session, m.Code }).ToListAsync(ct)).ToLookup(m => m.ChildId);

        var rows = new List<Row>();
        foreach (var child in list.DistinctBy(e => e.ChildId))
        {
            var am = marks[child.ChildId].FirstOrDefault(m => m.Session == SchoolSession.Morning)?.Code;
            var pm = marks[child.ChildId].FirstOrDefault(m => m.Session == SchoolSession.Afternoon)?.Code;
            var absent = new[] { am, pm }.Where(c => c is not null).Select(AttendanceCodes.CategoryOf)
                .Where(c => c is not null && AttendanceCodes.IsAbsence(c.Value)).ToList();
            string? what = absent.Contains(AttendanceCategory.UnauthorisedAbsence) ? "Unauthorised absence"
                : absent.Count > 0 ? "Authorised absence"
                : am is null ? "No morning mark yet" : null;
            if (what is null) continue;
            rows.Add(new Row(child.ChildId, Child.NameToShow(child.GivenName, child.FamilyName, child.PreferredName, child.PersonId), child.SchoolName, am, pm, what));
        }
        Rows = [.. rows.OrderBy(r => r.What == "Unauthorised absence" ? 0 : r.What == "Authorised absence" ? 1 : 2).ThenBy(r => r.Name, StringComparer.CurrentCulture)];

        if (TableDownload.Format(format) is { } f)
        {
            return TableDownload.File(new DownloadTable($"not-in-school-{AttendanceFeature.Iso(on)}", ["Child", "School", "AM", "PM", "Why"],
                [.. Rows.Select(r => (IReadOnlyList<string?>)[r.Name, r.School, r.Am, r.Pm, r.What])]), f);
        }

        Schools = [.. (await db.SchoolEnrolments.AsNoTracking().Where(e => e.From <= on && (e.To == null || e.To >= on) && pupils.Any(p => p.Id == e.ChildId))
            .Select(e => new { e.SchoolId, e.School!.Name }).Distinct().ToListAsync(ct)).OrderBy(s => s.Name).Select(s => (s.SchoolId, s.Name))];
        var officerIds = await db.Allocations.AsNoTracking().Where(a => a.Role == AllocationRole.VirtualSchoolOfficer && a.From <= on && (a.To == null || a.To >= on))
            .Select(a => a.UserId).Distinct().ToListAsync(ct);
        Officers = [.. (await db.Users.AsNoTracking().Where(u => officerIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct))
            .OrderBy(u => u.DisplayName).Select(u => (u.Id, u.DisplayName))];
        return Page();
    }
}
