using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CoParent.Data;

namespace CoParent.Web.Features.Identity;

/// <summary>The child's identity and life story: who they are, who they live with, and the work that helps them know their story.</summary>
public sealed class IdentityModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public IdentityRecord.View Record { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var record = await IdentityRecord.LoadAsync(db, childId, Today, ct);
        if (record is null) return NotFound();
        Record = record;
        CanEdit = await access.CanEditAsync(User, childId, ct);
        return Page();
    }
}
