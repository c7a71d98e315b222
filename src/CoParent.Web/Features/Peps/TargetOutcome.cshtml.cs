using CoParent.Core.Audit;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Peps;

/// <summary>
/// Records at the next PEP meeting whether a target of an approved PEP was met. The PEP stays locked: only the target's
/// outcome, note and date change, which is what the Pupil Premium Plus "targets met" figure reads.
/// </summary>
[EducationRecord]
[EditsChildRecord]
public sealed class TargetOutcomeModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Text)> Outcomes =
        [(nameof(PepTargetOutcome.Met), "Met"), (nameof(PepTargetOutcome.PartlyMet), "Partly met"), (nameof(PepTargetOutcome.NotMet), "Not met")];

    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public DateInput JudgedOn { get; set; } = new();

    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public PersonalEducationPlan Pep { get; private set; } = null!;
    public PepTarget Target { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int childId, int pepId, int targetId, CancellationToken ct)
    {
        if (await LoadAsync(childId, pepId, targetId, ct) is { } elsewhere) return elsewhere;
        if (Target.Outcome != PepTargetOutcome.NotYetReviewed) Outcome = Target.Outcome.ToString();
        Note = Target.OutcomeNote;
        JudgedOn = DateInput.From(Target.OutcomeOn);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, int pepId, int targetId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(childId, pepId, targetId, ct) is { } elsewhere) return elsewhere;
        PepTargetOutcome? outcome = Enum.TryParse<PepTargetOutcome>(Outcome, out var o) && o is PepTargetOutcome.Met or PepTargetOutcome.PartlyMet or PepTargetOutcome.NotMet
            ? o : null;
        if (outcome is null) ModelState.AddModelError(nameof(Outcome), "Select whether the target was met, partly met or not met");
        var on = JudgedOn.Validate(ModelState, nameof(JudgedOn), "the date the outcome was judged");
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (on is { } d && d > today) ModelState.AddModelError(nameof(JudgedOn), "The date the outcome was judged must be today or in the past");
        if (on is { } d2 && Pep.ApprovedAt is { } approved && d2 < DateOnly.FromDateTime(approved))
        {
            ModelState.AddModelError(nameof(JudgedOn), "The date the outcome was judged must be on or after the date the PEP was approved");
        }
        var note = Choices.Clean(Note);
        if (note is { Length: > 1000 }) ModelState.AddModelError(nameof(Note), "The note must be 1,000 characters or fewer");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Target.Outcome = outcome!.Value;
        Target.OutcomeNote = note;
        Target.OutcomeOn = on;
        Target.OutcomeRecordedBy = User.UserName();
        Target.OutcomeRecordedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("pep.target-outcome", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/education/peps/{pepId}#target-outcomes");
    }

    /// <summary>Null when the target can take an outcome; otherwise where to go instead (a PEP not yet approved has none to record).</summary>
    private async Task<IActionResult?> LoadAsync(int childId, int pepId, int targetId, CancellationToken ct)
    {
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        var pep = await db.PersonalEducationPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pepId && p.ChildId == childId, ct);
        if (pep is null) return Redirect($"/children/{childId}/education/peps");
        if (pep.Status != PepStatus.Approved) return Redirect($"/children/{childId}/education/peps/{pepId}");
        var target = await db.PepTargets.SingleOrDefaultAsync(t => t.Id == targetId && t.PersonalEducationPlanId == pepId, ct);
        if (target is null) return Redirect($"/children/{childId}/education/peps/{pepId}");
        (ChildId, ChildName, Pep, Target) = (childId, name, pep, target);
        return null;
    }
}
