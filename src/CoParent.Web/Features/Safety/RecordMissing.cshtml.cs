using CoParent.Core.Audit;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Safety;

public sealed class MissingInput
{
    public DateInput Start { get; set; } = new();
    public string? StartTime { get; set; }
    public string? Kind { get; set; }
    public string? ReportedToPolice { get; set; }
}

/// <summary>Records that a child has gone missing or is away from their placement without authorisation.</summary>
[EditsChildRecord]
public sealed class RecordMissingModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public MissingInput Input { get; set; } = new();
    public string ChildName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        ChildName = name;
        Input.Start = DateInput.From(DateOnly.FromDateTime(SafetyEdits.UkNow(clock)));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        ChildName = name;
        var start = Input.Start.Validate(ModelState, "Input.Start", "the date the child went missing");
        var time = SafetyEdits.ParseTime(Input.StartTime, ModelState, "Input.StartTime", "the time the child went missing", required: false);
        var existing = await db.MissingEpisodes.AsNoTracking().Where(m => m.ChildId == childId).ToListAsync(ct);
        var episode = SafetyEdits.Start(childId, existing, start, time, Choices.Clean(Input.Kind), SafetyEdits.ParseYesNo(Input.ReportedToPolice),
            SafetyEdits.UkNow(clock), ModelState, f => $"Input.{f}");
        if (episode is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        db.MissingEpisodes.Add(episode);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("safety.missing.start", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/safety");
    }
}
