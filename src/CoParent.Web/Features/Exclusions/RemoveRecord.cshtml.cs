using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Exclusions;

/// <summary>
/// Removes an exclusion, part-time timetable or time missing education entered in error, after the user confirms it and
/// says why. A removed suspension stops counting in the suspension limit and the measures at once.
/// </summary>
[EducationRecord]
[EditsChildRecord]
public sealed class RemoveRecordModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Reason { get; set; }
    public string ChildName { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public ExclusionRecordKind Kind { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, string recordKind, int recordId, CancellationToken ct) =>
        await LoadAsync(childId, recordKind, recordId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int childId, string recordKind, int recordId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(childId, recordKind, recordId, ct) is { } elsewhere) return elsewhere;
        var reason = Choices.Clean(Reason);
        if (reason is null) ModelState.AddModelError(nameof(Reason), $"Enter why the {Corrections.Noun(Kind)} is being removed");
        else if (reason.Length > 500) ModelState.AddModelError(nameof(Reason), "Why it is being removed must be 500 characters or fewer");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // Removed meanwhile by someone else: nothing left to do.
        if (!await Corrections.RemoveAsync(db, childId, Kind, recordId, reason!, User.UserName(), clock.GetUtcNow(), ct)) return BackToList(childId);
        await audit.RecordAsync(Corrections.AuditAction(Kind, "remove"), AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/education/exclusions");
    }

    /// <summary>Null when the record is there to remove; otherwise where to go instead (an unknown record leads back to the list).</summary>
    private async Task<IActionResult?> LoadAsync(int childId, string recordKind, int recordId, CancellationToken ct)
    {
        if (Corrections.KindOf(recordKind) is not { } k) return NotFound();
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        if (await Corrections.DescribeAsync(db, childId, k, recordId, ct) is not { } summary) return BackToList(childId);
        (Kind, ChildName, Summary) = (k, name, summary);
        return null;
    }

    private RedirectResult BackToList(int childId) => Redirect($"/children/{childId}/education/exclusions");
}
