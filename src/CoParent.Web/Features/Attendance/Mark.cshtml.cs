using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Data.Education;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Attendance;

public sealed class MarkInput
{
    public DateInput Date { get; set; } = new();
    public string? Am { get; set; }
    public string? Pm { get; set; }
}

/// <summary>
/// Records one day's morning and afternoon marks by hand, through the same importer as a school's file (so the same
/// rules and notifications apply). The school is the one whose roll the child is on that day.
/// </summary>
[EducationRecord]
[EditsChildRecord]
public sealed class MarkModel(CoParentDbContext db, AttendanceImporter importer, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public MarkInput Input { get; set; } = new();
    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (!await LoadAsync(childId, ct)) return NotFound();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Input.Date = new DateInput { Day = today.Day.ToString(), Month = today.Month.ToString(), Year = today.Year.ToString() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(childId, ct)) return NotFound();
        const string prefix = nameof(Input) + ".";
        var date = Input.Date.Validate(ModelState, prefix + nameof(MarkInput.Date), "Date of the marks");
        if (string.IsNullOrWhiteSpace(Input.Am) && string.IsNullOrWhiteSpace(Input.Pm))
        {
            ModelState.AddModelError(prefix + nameof(MarkInput.Am), "Choose a morning mark, an afternoon mark or both");
        }
        string? urn = null;
        if (date is not null)
        {
            urn = await db.SchoolEnrolments.Where(e => e.ChildId == childId && e.From <= date && (e.To == null || e.To >= date))
                .OrderByDescending(e => e.From).Select(e => e.School!.Urn).FirstOrDefaultAsync(ct);
            if (urn is null) ModelState.AddModelError(prefix + nameof(MarkInput.Date), $"{ChildName} is not on a school's roll on that date");
        }
        if (ModelState.IsValid)
        {
            var row = new AttendanceRow(1, urn, childId.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
                AttendanceFeature.Iso(date!.Value), Input.Am, Input.Pm);
            var result = await importer.ImportAsync([row], AttendanceFeature.OnlySchool(User), ct);
            foreach (var error in result.Errors)
            {
                var key = error.Field switch { "AM" => nameof(MarkInput.Am), "PM" => nameof(MarkInput.Pm), "Date" => nameof(MarkInput.Date), _ => nameof(MarkInput.Date) };
                ModelState.AddModelError(prefix + key, char.ToUpperInvariant(error.Message[0]) + error.Message[1..]);
            }
            if (result.Succeeded)
            {
                await audit.RecordAsync("attendance.mark", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
                return Redirect($"/children/{childId}/education/attendance?month={date.Value:yyyy-MM}");
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(int childId, CancellationToken ct)
    {
        var name = await ChildNames.ChildNameAsync(db, childId, ct);
        if (name is null) return false;
        ChildId = childId;
        ChildName = name;
        return true;
    }

    public static IEnumerable<AttendanceCodes.Code> Codes => AttendanceCodes.All;
}
