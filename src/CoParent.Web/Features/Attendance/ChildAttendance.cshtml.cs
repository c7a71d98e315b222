using System.Globalization;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
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

    public async Task<IActionResult> OnGetAsync(int childId, string? month, CancellationToken ct)
    {
        var name = await ChildNames.ChildNameAsync(db, childId, ct);
        if (name is null) return NotFound();
        ChildId = childId;
        ChildName = name;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Month = new DateOnly(today.Year, today.Month, 1);
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

        var startYear = SchoolYear.AcademicYearStarting(today);
        YearLabel = SchoolYear.AcademicYearLabel(startYear);
        var yearStart = SchoolYear.AcademicYearStart(startYear);
        var from = firstMonday < yearStart ? firstMonday : yearStart;
        var to = monthEnd > today ? monthEnd : today;
        var marks = await db.AttendanceMarks.AsNoTracking().Where(m => m.ChildId == childId && m.Date >= from && m.Date <= to)
            .Select(m => new { m.Date, m.Session, m.Code }).ToListAsync(ct);
        foreach (var m in marks.Where(m => m.Date >= firstMonday && m.Date <= monthEnd.AddDays(6))) Marks[(m.Date, m.Session)] = m.Code;
        MonthSummary = AttendanceSummary.From(marks.Where(m => m.Date >= Month && m.Date <= monthEnd).Select(m => m.Code));
        YearSummary = AttendanceSummary.From(marks.Where(m => m.Date >= yearStart && m.Date <= today).Select(m => m.Code));
        CodesUsed = [.. Marks.Values.Distinct().Select(AttendanceCodes.Find).OfType<AttendanceCodes.Code>().OrderBy(c => c.Category).ThenBy(c => c.Value, StringComparer.Ordinal)];
        return Page();
    }
}
