using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.DeliveryPlans;

/// <summary>A progress note: what happened, what shows it, and where the action stands now (its status becomes the note's).</summary>
[Authorize(Roles = DeliveryPlansFeature.Editors)]
public sealed class ProgressModel(CoParentDbContext db, TimeProvider clock) : PageModel
{
    public sealed class NoteInput
    {
        public string? Note { get; set; }
        public string? Evidence { get; set; }
        public string? Status { get; set; }
    }

    [BindProperty] public NoteInput Input { get; set; } = new();
    public DeliveryAction Action { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int actionId, CancellationToken ct)
    {
        if (await db.DeliveryActions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == actionId, ct) is not { } action) return NotFound();
        Action = action;
        Input.Status = DeliveryPlansFeature.Key(action.Status);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int actionId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await db.DeliveryActions.FirstOrDefaultAsync(a => a.Id == actionId, ct) is not { } action) return NotFound();
        Action = action;
        var note = Choices.Clean(Input.Note);
        if (note is null) ModelState.AddModelError("Input.Note", "Enter what has happened");
        else if (note.Length > 4000) ModelState.AddModelError("Input.Note", "What has happened must be 4,000 characters or fewer");
        var evidence = Choices.Clean(Input.Evidence);
        if (evidence?.Length > 2000) ModelState.AddModelError("Input.Evidence", "The evidence must be 2,000 characters or fewer");
        var status = DeliveryPlansFeature.ParseStatus(Input.Status);
        if (status is null) ModelState.AddModelError("Input.Status", "Select where the action stands now");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var now = clock.GetUtcNow();
        action.Status = status!.Value;
        action.UpdatedAtUtc = now.UtcDateTime;
        db.DeliveryActionUpdates.Add(new DeliveryActionUpdate
        {
            DeliveryActionId = action.Id, WrittenOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime), Note = note!,
            Evidence = evidence, Status = status.Value, WrittenBy = User.DisplayName(), RecordedAtUtc = now.UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return Redirect($"/delivery-plans/{action.Id}");
    }
}
