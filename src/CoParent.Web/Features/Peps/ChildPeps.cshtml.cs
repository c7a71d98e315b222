using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Peps;

/// <summary>A child's PEPs, newest first, with where each is in its workflow.</summary>
[EducationRecord]
public sealed class ChildPepsModel(CoParentDbContext db, ChildAccessPolicy access) : PageModel
{
    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public IReadOnlyList<PepData.Summary> Peps { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        ChildId = childId;
        ChildName = name;
        Peps = await PepData.ListAsync(db, childId, ct);
        CanEdit = await access.CanEditEducationAsync(User, childId, ct);
        return Page();
    }
}
