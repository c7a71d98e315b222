using CoParent.Core.Audit;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Safety;

public sealed class ReturnInput
{
    public DateInput End { get; set; } = new();
    public string? EndTime { get; set; }
    public string? WhereFound { get; set; }
}

/// <summary>Records (or corrects) when and where a missing child came back; the 72 hours for the return conversation start then.</summary>
[EditsChildRecord]
public sealed class RecordReturnModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public ReturnInput Input { get; set; } = new();
    public string ChildName { get; private set; } = "";
    public string Missing { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int childId, int episodeId, CancellationToken ct)
    {
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        var episode = await db.MissingEpisodes.AsNoTracking().SingleOrDefaultAsync(m => m.Id == episodeId && m.ChildId == childId, ct);
        // A stale link (the episode is gone, or belongs to another child) goes back to the child's safety page.
        if (episode is null) return Redirect($"/children/{childId}/safety");
        ChildName = name;
        Missing = SafetyEdits.ShowWhen(episode.Start, episode.StartTime);
        Input = new ReturnInput
        {
            End = DateInput.From(episode.End ?? DateOnly.FromDateTime(SafetyEdits.UkNow(clock))),
            EndTime = SafetyEdits.ShowTime(episode.EndTime),
            WhereFound = episode.WhereFound,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, int episodeId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        var episodes = await db.MissingEpisodes.Where(m => m.ChildId == childId).ToListAsync(ct);
        if (episodes.SingleOrDefault(m => m.Id == episodeId) is not { } episode) return Redirect($"/children/{childId}/safety");
        ChildName = name;
        Missing = SafetyEdits.ShowWhen(episode.Start, episode.StartTime);
        var end = Input.End.Validate(ModelState, "Input.End", "the date the child came back");
        var time = SafetyEdits.ParseTime(Input.EndTime, ModelState, "Input.EndTime", "the time the child came back", required: false);
        if (!SafetyEdits.Return(episode, episodes, end, time, Input.WhereFound, SafetyEdits.UkNow(clock), ModelState, f => $"Input.{f}"))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("safety.missing.return", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/safety");
    }
}
