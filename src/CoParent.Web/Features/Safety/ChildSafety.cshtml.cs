using CoParent.Data;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Safety;

/// <summary>The child's safety section: missing now, missing episodes with their return conversations, and exploitation risk.</summary>
public sealed class ChildSafetyModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public SafetyRecord.View Record { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        var record = await SafetyRecord.LoadAsync(db, childId, SafetyEdits.UkNow(clock), ct);
        if (record is null) return NotFound();
        Record = record;
        CanEdit = await access.CanEditAsync(User, childId, ct);
        return Page();
    }
}
