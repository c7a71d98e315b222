using System.Globalization;
using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.VirtualSchool;

public sealed class ChangeSchoolInput
{
    public string? SchoolUrn { get; set; }
    public DateInput StartedOn { get; set; } = new();
    public DateInput LeftOn { get; set; } = new();
    public string? Sen { get; set; }
    public string? YearGroupOverride { get; set; }
    public bool CausedByPlacementMove { get; set; }
}

/// <summary>Records a change of school: ends the current enrolment, starts the new one, and keeps the move for the measures.</summary>
[EducationRecord]
[EditsChildRecord]
public sealed class ChangeSchoolModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public ChangeSchoolInput Input { get; set; } = new();
    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public string? CurrentSchool { get; private set; }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (!await LoadAsync(childId, ct)) return NotFound();
        Input.StartedOn = DateInput.From(Today);
        Input.CausedByPlacementMove = await EducationSection.PlacementBeganBeforeAsync(db, childId, Today, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(childId, ct)) return NotFound();
        const string prefix = nameof(Input) + ".";
        var startedOn = Input.StartedOn.Validate(ModelState, prefix + nameof(ChangeSchoolInput.StartedOn), "the date the child started at the new school");
        var leftOn = Input.LeftOn.Validate(ModelState, prefix + nameof(ChangeSchoolInput.LeftOn), "the date the child left their last school", required: false);
        var urn = Input.SchoolUrn?.Trim() ?? "";
        int? schoolId = urn.Length == 0 ? null : await db.Schools.Where(s => s.Urn == urn).Select(s => (int?)s.Id).SingleOrDefaultAsync(ct) ?? -1;
        var sen = Enum.TryParse<SenProvision>(Input.Sen, out var s) && Enum.IsDefined(s) ? s : (SenProvision?)null;
        if (sen is null) ModelState.AddModelError(prefix + nameof(ChangeSchoolInput.Sen), "Select the child's special educational needs provision at the new school");
        int? yearGroup = null;
        if (!string.IsNullOrWhiteSpace(Input.YearGroupOverride))
        {
            if (int.TryParse(Input.YearGroupOverride, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var y)) yearGroup = y;
            else ModelState.AddModelError(prefix + nameof(ChangeSchoolInput.YearGroupOverride), "Select a year group");
        }
        foreach (var (key, message) in await EducationSection.ValidateAsync(db, childId, schoolId, startedOn, leftOn, yearGroup, Today, ct))
        {
            if (ModelState[prefix + key]?.Errors.Count is not > 0) ModelState.AddModelError(prefix + key, message);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await EducationSection.SaveAsync(db, childId,
            new EducationSection.SchoolChange(schoolId!.Value, startedOn!.Value, leftOn, sen!.Value, yearGroup, Input.CausedByPlacementMove), ct);
        await audit.RecordAsync("education.school.change", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/education");
    }

    private async Task<bool> LoadAsync(int childId, CancellationToken ct)
    {
        ChildId = childId;
        var name = await db.ChildNameAsync(childId, ct);
        if (name is null) return false;
        ChildName = name;
        var today = Today;
        CurrentSchool = await db.SchoolEnrolments.Where(e => e.ChildId == childId && e.From <= today && (e.To == null || e.To >= today))
            .OrderByDescending(e => e.From).Select(e => e.School!.Name).FirstOrDefaultAsync(ct);
        return true;
    }

    public static IReadOnlyList<(string Value, string Text)> YearGroups =>
        [("", "The year group for their age"), .. Enumerable.Range(RollCohorts.FirstYearGroup, RollCohorts.LastYearGroup - RollCohorts.FirstYearGroup + 1)
            .Select(y => (y.ToString(CultureInfo.InvariantCulture), RollCohorts.YearGroupLabel(y)))];
}
