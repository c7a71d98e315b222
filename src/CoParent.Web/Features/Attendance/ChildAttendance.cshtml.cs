using System.Globalization;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using CoParent.Web.Features.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Attendance;

/// <summary>A child's register marks for a month, a week to a row, with the month's and the academic year's summaries.</summary>
[EducationRecord]
public sealed class ChildAttendanceModel(CoParentDbContext db, TimeProvider clock) : PageModel
{
    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public DateOnly Month { get; private set; }
    public IReadOnlyList<DateOnly> WeekStarts { get; private set; } = [];
    public Dictionary<(DateOnly, SchoolSession), string> Marks { get; } = [];
    public AttendanceSummary MonthSummary { get; private set; } = new(0, 0, 0, 0);
    public AttendanceSummary YearSummary { get; private set; } = new(0, 0, 0, 0);
    public string YearLabel { get; private set; } = "";
    public IReadOnlyList<AttendanceCodes.Code> CodesUsed { get; private set; } = [];
    public string? MonthError { get; private set; }

    /// <summary>The date a link asked for (?date=, e.g. from an absence notification), shown marked in its month.</summary>
    public DateOnly? Date { get; private set; }
    public string YearHeading { get; private set; } = "";

    /// <summary>
    /// The month shown is ?month= (YYYY-MM), or the month of ?date= (YYYY-MM-DD), or the last month so far of the academic
    /// year in ?year= (its starting year, as persistent absence notifications link); otherwise this month. The year
    /// summary is for the academic year of ?date= or ?year= when given, this one otherwise.
    /// </summary>
    public async Task<IActionResult> OnGetAsync(int childId, string? month, string? date, int? year, CancellationToken ct)
    {
        var name = await ChildNames.ChildNameAsync(db, childId, ct);
        if (name is null) return NotFound();
        ChildId = childId;
        ChildName = name;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var startYear = SchoolYear.AcademicYearStarting(today);
        Month = new DateOnly(today.Year, today.Month, 1);
        if (year is { } y && y >= 2000 && y <= startYear)
        {
            startYear = y;
            var last = Min(SchoolYear.AcademicYearStart(y + 1).AddDays(-1), today);
            Month = new DateOnly(last.Year, last.Month, 1);
        }
        if (AsAtDate.TryParseIso(date, out var d) && d <= today)
        {
            Date = d;
            startYear = SchoolYear.AcademicYearStarting(d);
            Month = new DateOnly(d.Year, d.Month, 1);
        }
        if (!string.IsNullOrWhiteSpace(month))
        {
            if (DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)) Month = m;
            else MonthError = "Choose a month written as YYYY-MM, like 2026-11";
        }
        var monthEnd = Month.AddMonths(1).AddDays(-1);
        var firstMonday = Month.AddDays(-(((int)Month.DayOfWeek + 6) % 7));
        var weeks = new List<DateOnly>();
        for (var w = firstMonday; w <= monthEnd; w = w.AddDays(7)) weeks.Add(w);
        WeekStarts = weeks;
        YearLabel = SchoolYear.AcademicYearLabel(startYear);
        var yearStart = SchoolYear.AcademicYearStart(startYear);
        var yearEnd = Min(SchoolYear.AcademicYearStart(startYear + 1).AddDays(-1), today);
        YearHeading = yearEnd == today ? $"{YearLabel} so far" : YearLabel;
        var from = firstMonday < yearStart ? firstMonday : yearStart;
        var to = monthEnd > today ? monthEnd : today;
        var marks = await db.AttendanceMarks.AsNoTracking().Where(m => m.ChildId == childId && m.Date >= from && m.Date <= to)
            .Select(m => new { m.Date, m.Session, m.Code }).ToListAsync(ct);
        foreach (var m in marks.Where(m => m.Date >= firstMonday && m.Date <= monthEnd.AddDays(6))) Marks[(m.Date, m.Session)] = m.Code;
        MonthSummary = AttendanceSummary.From(marks.Where(m => m.Date >= Month && m.Date <= monthEnd).Select(m => m.Code));
        YearSummary = AttendanceSummary.From(marks.Where(m => m.Date >= yearStart && m.Date <= yearEnd).Select(m => m.Code));
        CodesUsed = [.. Marks.Values.Distinct().Select(AttendanceCodes.Find).OfType<AttendanceCodes.Code>().OrderBy(c => c.Category).ThenBy(c => c.Value, StringComparer.Ordinal)];
        return Page();
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
