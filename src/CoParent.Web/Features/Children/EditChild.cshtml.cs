using CoParent.Core.Audit;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Children;

/// <summary>Changes the child's details. Child.Version stops one person's save silently undoing another's.</summary>
[EditsChildRecord]
public sealed class EditChildModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public const string ConflictMessage = "Someone else changed this record while you were editing it. The form now shows their changes: make yours again and save";

    [BindProperty] public ChildInput Input { get; set; } = new();
    [BindProperty] public Guid Version { get; set; }
    public string ChildName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null) return NotFound();
        Input = ChildInput.From(child);
        Version = child.Version;
        ChildName = child.DisplayName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        var child = await db.Children.SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null) return NotFound();
        ChildName = child.DisplayName;

        if (child.Version != Version) return await ConflictAsync(childId, ct);

        await Input.ApplyAsync(child, ModelState, nameof(Input), DateOnly.FromDateTime(clock.GetLocalNow().DateTime), db, ct);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (!await db.SaveIfUnchangedAsync(child, Version, ct)) return await ConflictAsync(childId, ct);
        await audit.RecordAsync("child.update", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}");
    }

    private async Task<IActionResult> ConflictAsync(int childId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await db.Children.AsNoTracking().SingleAsync(c => c.Id == childId, ct);
        Input = ChildInput.From(current);
        Version = current.Version;
        ChildName = current.DisplayName;
        ModelState.Clear();
        ModelState.AddModelError("", ConflictMessage);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
