using CoParent.Data;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Exclusions;

/// <summary>The child's exclusions and timetables: suspensions and permanent exclusions, part-time timetables, and times missing education.</summary>
[EducationRecord]
public sealed class ChildExclusionsModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public ExclusionRecord.View Record { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (await ExclusionRecord.LoadAsync(db, childId, ExclusionRecord.Today(clock), ct) is not { } record) return NotFound();
        Record = record;
        CanEdit = await access.CanEditEducationAsync(User, childId, ct);
        return Page();
    }
}
