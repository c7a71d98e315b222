using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Exclusions;

public sealed class ExclusionInput
{
    public string? Kind { get; set; }
    public DateInput StartDate { get; set; } = new();
    public string? Days { get; set; }
    public string? Reason { get; set; }
    public DateInput AlternativeProvisionFrom { get; set; } = new();
    public string? Decision { get; set; }

    public static ExclusionInput Of(Exclusion e) => new()
    {
        Kind = ExclusionRecord.KindText(e.Kind), StartDate = DateInput.From(e.StartDate), Days = ExclusionRecord.ShowDays(e.SessionsLost is { } s ? s / 2m : null),
        Reason = e.Reason, AlternativeProvisionFrom = DateInput.From(e.AlternativeProvisionFrom), Decision = e.Decision.ToString().ToLowerInvariant(),
    };
}

/// <summary>Records a suspension or a permanent exclusion, and tells the child's social worker and Virtual School officer.</summary>
[EducationRecord]
[EditsChildRecord]
public sealed class RecordExclusionModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public ExclusionInput Input { get; set; } = new();
    public string ChildName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        ChildName = name;
        Input.Decision = "upheld";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        ChildName = name;
        var start = Input.StartDate.Validate(ModelState, "Input.StartDate", "the date the exclusion starts");
        var ap = Input.AlternativeProvisionFrom.Validate(ModelState, "Input.AlternativeProvisionFrom", "the date alternative provision was arranged from", required: false);
        var exclusion = ExclusionRecord.Build(childId, Input.Kind, start, Input.Days, Input.Reason, ap, Input.Decision, ModelState, f => $"Input.{f}");
        if (exclusion is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await ExclusionRecord.SaveAsync(db, exclusion, User.UserName(), clock.GetUtcNow(), ct);
        await audit.RecordAsync("education.exclusion.record", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/education/exclusions");
    }
}
