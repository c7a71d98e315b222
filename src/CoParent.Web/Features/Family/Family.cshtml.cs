using CoParent.Data;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Family;

/// <summary>The child's family and plans: family time, brothers and sisters, the care plan and the plan for permanence.</summary>
public sealed class FamilyModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public FamilyRecord.View Record { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var record = await FamilyRecord.LoadAsync(db, access, User, childId, today, ct);
        if (record is null) return NotFound();
        Record = record;
        CanEdit = await access.CanEditAsync(User, childId, ct);
        return Page();
    }
}
