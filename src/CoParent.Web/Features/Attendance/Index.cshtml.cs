using System.Globalization;
using CoParent.Core.Children;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Education;
using CoParent.Core.Audit;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using CoParent.Web.Features.Dashboard;
using CoParent.Web.Infrastructure;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoParent.Web.Features.Attendance;

/// <summary>
/// Each child's attendance over a period, lowest first, with persistent and severe absence flagged, a page at a time
/// (the download has every row). A caseload is worked out on each request; the whole council's list, for the Head and
/// managers, is shared (see <see cref="AttendanceForAll"/>).
/// </summary>
public sealed class IndexModel(CoParentDbContext db, ChildAccessPolicy access, AttendanceForAll forAll, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(int ChildId, string Name, AttendanceSummary Summary);

    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public string? Error { get; private set; }
    public int Total { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "pageNumber")] public int PageNumber { get; set; } = 1;

    public Pagination Paging => new(PageNumber, Pagination.PagesFor(Total, PageSize), page => QueryHelpers.AddQueryString("/attendance",
        new Dictionary<string, string?> { ["from"] = AttendanceFeature.Iso(From), ["to"] = AttendanceFeature.Iso(To), ["pageNumber"] = page.ToString(CultureInfo.InvariantCulture) }));

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
        var all = ChildAccessPolicy.SeesEveryChild(User)
            ? await forAll.GetAsync(From, To, ct)
            : await RowsAsync(db, access.EducationPupils(User), From, To, everyone: false, ct);
        Total = all.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Pagination.PagesFor(Total, PageSize));
        var download = TableDownload.Format(format);
        Rows = download is null ? all.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList() : all;
        await audit.RecordAsync("education.attendance.list", AuditOutcome.Allowed, User.Id(), User.UserName(), null,
            download is null ? $"GET {Request.Path}" : $"GET {Request.Path} as {download}: {Rows.Count} rows", ct);

        if (download is { } f)
        {
            return TableDownload.File(new DownloadTable($"attendance-{AttendanceFeature.Iso(From)}-to-{AttendanceFeature.Iso(To)}",
                ["Child", "Attendance %", "Possible sessions", "Authorised absence", "Unauthorised absence", "Absence level"],
                [.. Rows.Select(r => (IReadOnlyList<string?>)[r.Name, r.Summary.AttendancePercent?.ToString("0.0", CultureInfo.InvariantCulture),
                    r.Summary.PossibleSessions.ToString(CultureInfo.InvariantCulture), r.Summary.AuthorisedAbsence.ToString(CultureInfo.InvariantCulture),
                    r.Summary.UnauthorisedAbsence.ToString(CultureInfo.InvariantCulture), Level(r.Summary)])]), f);
        }
        return Page();
    }

    /// <summary>The children among <paramref name="pupils"/> with a possible session in the period, lowest attendance first, then by name.</summary>
    public static async Task<IReadOnlyList<Row>> RowsAsync(
        CoParentDbContext db, IQueryable<Child> pupils, DateOnly from, DateOnly to, bool everyone, CancellationToken ct)
    {
        var named = await pupils.AsNoTracking()
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId }).ToListAsync(ct);
        // A caseload is a few hundred children at most; for everyone, count without a filter.
        var summaries = await AttendanceQueries.SummariesAsync(db, from, to, everyone ? null : named.Select(p => p.Id).ToList(), ct);
        return [.. named.Where(p => summaries.TryGetValue(p.Id, out var s) && s.PossibleSessions > 0)
            .Select(p => new Row(p.Id, Child.NameToShow(p.GivenName, p.FamilyName, p.PreferredName, p.PersonId), summaries[p.Id]))
            .OrderBy(r => r.Summary.AttendancePercent).ThenBy(r => r.Name, StringComparer.CurrentCulture)];
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

/// <summary>
/// The whole council's attendance list for a period, for the Head and managers: at national size it is tens of
/// thousands of children, seconds of work, so it is worked out once and shared for twice the dashboard's
/// <see cref="DashboardOptions.CacheSeconds"/> (a minute by default) rather than repeated by every reader.
/// </summary>
public sealed class AttendanceForAll(IDbContextFactory<CoParentDbContext> contexts, IOptions<DashboardOptions> options, TimeProvider clock)
{
    private readonly SharedCalculations<(DateOnly From, DateOnly To), IReadOnlyList<IndexModel.Row>> _recent = new(clock);

    public Task<IReadOnlyList<IndexModel.Row>> GetAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        _recent.GetAsync((from, to), TimeSpan.FromSeconds(2 * options.Value.CacheSeconds), async (period, token) =>
        {
            await using var db = await contexts.CreateDbContextAsync(token);
            return await IndexModel.RowsAsync(db, db.Children, period.From, period.To, everyone: true, token);
        }, ct);
}
