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

public sealed class MissingEducationInput
{
    public DateInput From { get; set; } = new();
    public DateInput To { get; set; } = new();
    public string? Reason { get; set; }
    public string? Notes { get; set; }

    public static MissingEducationInput Of(MissingEducationEpisode m) => new()
    {
        From = DateInput.From(m.From), To = DateInput.From(m.To), Reason = m.Reason.ToString(), Notes = m.Notes,
    };

    /// <summary>The time missing education as entered, or null with each problem under Input.(field); the add and correct pages share it.</summary>
    public MissingEducationEpisode? Build(int childId, ModelStateDictionary modelState)
    {
        var from = From.Validate(modelState, "Input.From", "the date the child stopped receiving education");
        var to = To.Validate(modelState, "Input.To", "the date education started again", required: false);
        if (from is { } f && to is { } t && t < f) modelState.AddModelError("Input.To", "The date education started again must be on or after the date it stopped");
        MissingEducationReason? reason = Enum.TryParse<MissingEducationReason>(Reason, out var r) && Enum.IsDefined(r) ? r : null;
        if (reason is null) modelState.AddModelError("Input.Reason", "Select why the child is missing education");
        if (!modelState.IsValid || from is null || reason is null) return null;
        return new MissingEducationEpisode { ChildId = childId, From = from.Value, To = to, Reason = reason.Value, Notes = Choices.Clean(Notes) };
    }
}

/// <summary>Records a time the child had no school place or other suitable full-time education.</summary>
[EducationRecord]
[EditsChildRecord]
public sealed class RecordMissingEducationModel(CoParentDbContext db, AuditLog audit) : PageModel
{
    [BindProperty] public MissingEducationInput Input { get; set; } = new();
    public string ChildName { get; private set; } = "";

    public static readonly IReadOnlyList<(string Value, string Text)> Reasons =
        [.. Enum.GetValues<MissingEducationReason>().Select(r => (r.ToString(), MissingEducationEpisode.Describe(r)))];

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
        if (Input.Build(childId, ModelState) is not { } episode)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        db.MissingEducationEpisodes.Add(episode);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("education.missing-education.record", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/education/exclusions");
    }
}
