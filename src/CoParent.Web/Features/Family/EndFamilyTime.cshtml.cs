using CoParent.Core.Audit;
using CoParent.Core.Family;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Family;

/// <summary>Ends one of the child's current family time arrangements on a date.</summary>
[EditsChildRecord]
public sealed class EndFamilyTimeModel(CoParentDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Arrangement { get; set; }
    [BindProperty] public DateInput EndedOn { get; set; } = new();
    public string ChildName { get; private set; } = "";
    public int ChildId { get; private set; }
    public IReadOnlyList<(string Value, string Text)> Current { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct) =>
        await LoadAsync(childId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(childId, ct)) return NotFound();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

        FamilyTimeArrangement? arrangement = null;
        if (int.TryParse(Arrangement, out var id))
        {
            arrangement = await db.FamilyTimeArrangements.SingleOrDefaultAsync(a => a.Id == id && a.ChildId == childId, ct);
        }
        if (arrangement is null || !arrangement.IsCurrentOn(today)) ModelState.AddModelError(nameof(Arrangement), "Select the arrangement that is ending");
        var end = EndedOn.Validate(ModelState, nameof(EndedOn), "the date the arrangement ends");
        if (arrangement is not null && end is { } date && date < arrangement.From)
        {
            ModelState.AddModelError(nameof(EndedOn), $"The end date must be on or after the date it started, {Choices.ShowDate(arrangement.From)}");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        arrangement!.To = end;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("family.time.end", AuditOutcome.Allowed, User.Id(), User.UserName(), childId, $"POST {Request.Path}", ct);
        return Redirect($"/children/{childId}/family#family-time");
    }

    private async Task<bool> LoadAsync(int childId, CancellationToken ct)
    {
        var name = await db.ChildNameAsync(childId, ct);
        if (name is null) return false;
        ChildId = childId;
        ChildName = name;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var arrangements = await db.FamilyTimeArrangements.AsNoTracking()
            .Where(a => a.ChildId == childId && a.From <= today && (a.To == null || a.To >= today)).OrderBy(a => a.From).ToListAsync(ct);
        Current = arrangements.Select(a => (a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{a.WithName} ({FamilyText.Describe(a.Relationship).ToLowerInvariant()}): {FamilyText.Describe(a.Frequency).ToLowerInvariant()}, since {Choices.ShowDate(a.From)}")).ToList();
        return true;
    }
}
