using CoParent.Core.Audit;
using CoParent.Core.Children;
using CoParent.Core.Family;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Family;

/// <summary>
/// Links the child to a brother or sister on CoParent, found by name or person ID among the children the user may
/// see, with the decision whether they are placed together. The pair is stored once, lower child ID first.
/// </summary>
[EditsChildRecord]
public sealed class LinkSiblingModel(CoParentDbContext db, ChildAccessPolicy access, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int MaxResults = 20;

    public sealed record Found(int Id, string Name, string PersonId, DateOnly DateOfBirth);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty] public string? SiblingId { get; set; }
    [BindProperty] public string? Relationship { get; set; }
    [BindProperty] public string? PlacedTogether { get; set; }
    [BindProperty] public string? ApartReason { get; set; }
    [BindProperty] public string? ApartDetail { get; set; }

    public string ChildName { get; private set; } = "";
    public int ChildId { get; private set; }
    public IReadOnlyList<Found> Results { get; private set; } = [];
    public bool Searched => !string.IsNullOrWhiteSpace(Q);

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (!await LoadAsync(childId, ct)) return NotFound();
        if (Q is { Length: > 100 }) ModelState.AddModelError(nameof(Q), "The search must be 100 characters or fewer");
        else await SearchAsync(childId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int childId, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(childId, ct)) return NotFound();
        if (Q is { Length: <= 100 }) await SearchAsync(childId, ct);

        int? siblingId = int.TryParse(SiblingId, out var id) && id != childId && await access.CanViewAsync(User, id, ct) ? id : null;
        if (siblingId is null) ModelState.AddModelError(nameof(SiblingId), "Select the brother or sister");
        var relationship = FamilyTimeFields.Parse<SiblingRelationship>(Relationship);
        if (relationship is null) ModelState.AddModelError(nameof(Relationship), "Select how they are related");
        var together = PlacedTogether switch { "yes" => true, "no" => (bool?)false, _ => null };
        if (together is null) ModelState.AddModelError(nameof(PlacedTogether), "Select yes if the plan is for them to live together");
        var reason = together == false ? FamilyTimeFields.Parse<ApartReason>(ApartReason) : null;
        if (together == false && reason is null) ModelState.AddModelError(nameof(ApartReason), "Select why they are placed apart");
        var detail = together == false ? FamilyTimeFields.Clean(ApartDetail) : null;
        if (reason == Core.Family.ApartReason.Other && detail is null) ModelState.AddModelError(nameof(ApartDetail), "Say why they are placed apart");
        if (detail is { Length: > 500 }) ModelState.AddModelError(nameof(ApartDetail), "The reason must be 500 characters or fewer");
        if (siblingId is { } other)
        {
            var (first, second) = SiblingLink.Ordered(childId, other);
            if (await db.SiblingLinks.AnyAsync(s => s.ChildId == first && s.SiblingId == second, ct))
                ModelState.AddModelError(nameof(SiblingId), "They are already linked as brothers or sisters");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var (childSide, siblingSide) = SiblingLink.Ordered(childId, siblingId!.Value);
        db.SiblingLinks.Add(new SiblingLink
        {
            ChildId = childSide, SiblingId = siblingSide, Relationship = relationship!.Value, PlacedTogether = together!.Value,
            ApartReason = reason, ApartDetail = detail, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        // Both children's records changed: each gets its own audit entry.
        foreach (var changed in new[] { childId, siblingId.Value })
        {
            await audit.RecordAsync("family.sibling.link", AuditOutcome.Allowed, User.Id(), User.UserName(), changed, $"POST {Request.Path}", ct);
        }
        return Redirect($"/children/{childId}/family#siblings");
    }

    private async Task SearchAsync(int childId, CancellationToken ct)
    {
        if (!Searched) return;
        var linked = db.SiblingLinks.Where(s => s.ChildId == childId).Select(s => s.SiblingId)
            .Concat(db.SiblingLinks.Where(s => s.SiblingId == childId).Select(s => s.ChildId));
        var found = await access.VisibleChildren(User).AsNoTracking()
            .Where(ChildRegister.Matches(Q!)).Where(c => c.Id != childId && !linked.Contains(c.Id))
            .OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.Id).Take(MaxResults)
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId, c.DateOfBirth }).ToListAsync(ct);
        Results = found.Select(c => new Found(c.Id, Child.NameToShow(c.GivenName, c.FamilyName, c.PreferredName, c.PersonId), c.PersonId, c.DateOfBirth)).ToList();
    }

    private async Task<bool> LoadAsync(int childId, CancellationToken ct)
    {
        var name = await db.ChildNameAsync(childId, ct);
        if (name is null) return false;
        ChildId = childId;
        ChildName = name;
        return true;
    }
}
