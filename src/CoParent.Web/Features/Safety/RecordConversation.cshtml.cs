using CoParent.Core.Audit;
using CoParent.Core.Safety;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Safety;

public sealed class ConversationInput
{
    public DateInput OfferedOn { get; set; } = new();
    public string? OfferedTime { get; set; }
    public string? Outcome { get; set; }
    public DateInput HeldOn { get; set; } = new();
    public string? HeldTime { get; set; }
    public string? HeldBy { get; set; }
    public string? Findings { get; set; }
    public string? ExploitationConcern { get; set; }
}

/// <summary>Records the return conversation (Missing Chat) after a missing episode: offered when, held or declined, by whom, what it found.</summary>
[EditsChildRecord]
public sealed class RecordConversationModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public ConversationInput Input { get; set; } = new();
    public string ChildName { get; private set; } = "";
    public string Returned { get; private set; } = "";
    public string Deadline { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int childId, int episodeId, CancellationToken ct)
    {
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        var episode = await db.MissingEpisodes.AsNoTracking().SingleOrDefaultAsync(m => m.Id == episodeId && m.ChildId == childId, ct);
        if (episode?.End is null) return Redirect($"/children/{childId}/safety");
        ChildName = name;
        Describe(episode);
        Input = new ConversationInput
        {
            OfferedOn = DateInput.From(episode.ConversationOfferedOn),
            OfferedTime = SafetyEdits.ShowTime(episode.ConversationOfferedTime),
            Outcome = episode.ConversationDeclined ? SafetyEdits.Declined : episode.ConversationHeldOn is not null ? SafetyEdits.Held
                : episode.ConversationOfferedOn is not null ? SafetyEdits.NotYet : null,
            HeldOn = DateInput.From(episode.ConversationHeldOn),
            HeldTime = SafetyEdits.ShowTime(episode.ConversationHeldTime),
            HeldBy = episode.ConversationHeldBy,
            Findings = episode.ConversationFindings,
            ExploitationConcern = episode.ExploitationConcern switch { true => "yes", false => "no", null => null },
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, int episodeId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        var episode = await db.MissingEpisodes.SingleOrDefaultAsync(m => m.Id == episodeId && m.ChildId == childId, ct);
        if (episode?.End is null) return Redirect($"/children/{childId}/safety");
        ChildName = name;
        Describe(episode);
        var outcome = Choices.Clean(Input.Outcome);
        var offeredOn = Input.OfferedOn.Validate(ModelState, "Input.OfferedOn", "the date the conversation was offered");
        var offeredTime = SafetyEdits.ParseTime(Input.OfferedTime, ModelState, "Input.OfferedTime", "the time the conversation was offered", required: true);
        DateOnly? heldOn = null;
        TimeOnly? heldTime = null;
        if (outcome == SafetyEdits.Held)
        {
            heldOn = Input.HeldOn.Validate(ModelState, "Input.HeldOn", "the date the conversation was held");
            heldTime = SafetyEdits.ParseTime(Input.HeldTime, ModelState, "Input.HeldTime", "the time the conversation was held", required: true);
        }
        if (!SafetyEdits.Conversation(episode, offeredOn, offeredTime, outcome, heldOn, heldTime, Input.HeldBy, Input.Findings,
                SafetyEdits.ParseYesNo(Input.ExploitationConcern), SafetyEdits.UkNow(clock), ModelState, f => $"Input.{f}"))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("safety.missing.conversation", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/safety");
    }

    private void Describe(MissingEpisode episode)
    {
        Returned = SafetyEdits.ShowWhen(episode.End, episode.EndTime);
        var deadline = ReturnConversationRules.Deadline(episode)!.Value;
        Deadline = SafetyEdits.ShowWhen(DateOnly.FromDateTime(deadline), TimeOnly.FromDateTime(deadline));
    }
}
