using System.Globalization;
using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Exclusions;

public sealed class TimetableInput
{
    public DateInput StartDate { get; set; } = new();
    public DateInput ReviewDate { get; set; } = new();
    public DateInput EndDate { get; set; } = new();
    public string? HoursPerWeek { get; set; }
    public string? Reason { get; set; }
    public string? AgreedBy { get; set; }

    public static TimetableInput Of(PartTimeTimetable t) => new()
    {
        StartDate = DateInput.From(t.StartDate), ReviewDate = DateInput.From(t.ReviewDate), EndDate = DateInput.From(t.EndDate),
        HoursPerWeek = t.HoursPerWeek.ToString("0.#", CultureInfo.InvariantCulture), Reason = t.Reason, AgreedBy = t.AgreedBy,
    };

    /// <summary>The timetable as entered, or null with each problem under Input.(field); the add and correct pages share it.</summary>
    public PartTimeTimetable? Build(int childId, ModelStateDictionary modelState)
    {
        var start = StartDate.Validate(modelState, "Input.StartDate", "the date the timetable starts");
        var review = ReviewDate.Validate(modelState, "Input.ReviewDate", "the date it will be reviewed");
        var end = EndDate.Validate(modelState, "Input.EndDate", "the date it ended", required: false);
        if (start is { } s && review is { } r && r < s) modelState.AddModelError("Input.ReviewDate", "The date it will be reviewed must be on or after the date it starts");
        if (start is { } s2 && end is { } e && e < s2) modelState.AddModelError("Input.EndDate", "The date it ended must be on or after the date it starts");
        decimal hours = 0;
        if (string.IsNullOrWhiteSpace(HoursPerWeek)) modelState.AddModelError("Input.HoursPerWeek", "Enter the hours a week the child is taught");
        else if (!decimal.TryParse(HoursPerWeek.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out hours) || hours is <= 0 or >= 40)
        {
            modelState.AddModelError("Input.HoursPerWeek", "Hours a week must be a number more than 0 and less than 40, like 15 or 12.5");
        }
        if (string.IsNullOrWhiteSpace(Reason)) modelState.AddModelError("Input.Reason", "Enter why the child is on a part-time timetable");
        if (string.IsNullOrWhiteSpace(AgreedBy)) modelState.AddModelError("Input.AgreedBy", "Enter who agreed the timetable");
        if (!modelState.IsValid || start is null || review is null) return null;
        return new PartTimeTimetable
        {
            ChildId = childId, StartDate = start.Value, ReviewDate = review.Value, EndDate = end, HoursPerWeek = Math.Round(hours, 1),
            Reason = Reason!.Trim(), AgreedBy = AgreedBy!.Trim(),
        };
    }
}

/// <summary>Records a part-time timetable: temporary, with a date to review it (DfE attendance guidance, 2024).</summary>
[EducationRecord]
[EditsChildRecord]
public sealed class RecordTimetableModel(CoParentDbContext db, AuditLog audit) : PageModel
{
    [BindProperty] public TimetableInput Input { get; set; } = new();
    public string ChildName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        ChildName = name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        ChildName = name;
        if (Input.Build(childId, ModelState) is not { } timetable)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        db.PartTimeTimetables.Add(timetable);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("education.part-time-timetable.record", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/education/exclusions");
    }
}
