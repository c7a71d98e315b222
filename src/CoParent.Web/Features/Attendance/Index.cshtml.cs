using System.Globalization;
using CoParent.Core.Children;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Education;
using CoParent.Web.Features.Access;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Attendance;

/// <summary>Each child's attendance over a period, lowest first, with persistent and severe absence flagged.</summary>
public sealed class IndexModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public sealed record Row(int ChildId, string Name, AttendanceSummary Summary);

    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? from, string? to, string? format, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        From = Parse(from, SchoolYear.AcademicYearStart(SchoolYear.AcademicYearStarting(today)));
        To = Parse(to, today);
        if (To < From)
        {
            Error = "The end of the period must be on or after its start";
            (From, To) = (To, From);
        }
        var pupils = await access.EducationPupils(User).AsNoTracking()
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId }).ToListAsync(ct);
        var ids = pupils.Select(p => p.Id).ToList();
        // A caseload is a few hundred children at most; the Head and managers see everyone, so count without a filter.
        var summaries = await AttendanceQueries.SummariesAsync(db, From, To, ChildAccessPolicy.SeesEveryChild(User) ? null : ids, ct);
        Rows = [.. pupils.Where(p => summaries.ContainsKey(p.Id) && summaries[p.Id].PossibleSessions > 0)
            .Select(p => new Row(p.Id, Child.NameToShow(p.GivenName, p.FamilyName, p.PreferredName, p.PersonId), summaries[p.Id]))
            .OrderBy(r => r.Summary.AttendancePercent).ThenBy(r => r.Name, StringComparer.CurrentCulture)];

        if (TableDownload.Format(format) is { } f)
        {
            return TableDownload.File(new DownloadTable($"attendance-{AttendanceFeature.Iso(From)}-to-{AttendanceFeature.Iso(To)}",
                ["Child", "Attendance %", "Possible sessions", "Authorised absence", "Unauthorised absence", "Absence level"],
                [.. Rows.Select(r => (IReadOnlyList<string?>)[r.Name, r.Summary.AttendancePercent?.ToString("0.0", CultureInfo.InvariantCulture),
                    r.Summary.PossibleSessions.ToString(CultureInfo.InvariantCulture), r.Summary.AuthorisedAbsence.ToString(CultureInfo.InvariantCulture),
                    r.Summary.UnauthorisedAbsence.ToString(CultureInfo.InvariantCulture), Level(r.Summary)])]), f);
        }
        return Page();
    }

    public static string Level(AttendanceSummary s) => s.IsSeverelyAbsent ? "Severely absent" : s.IsPersistentlyAbsent ? "Persistently absent" : "";

    private DateOnly Parse(string? value, DateOnly fallback)
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        Error = "Enter dates as YYYY-MM-DD, like 2026-11-23";
        return fallback;
    }
}
