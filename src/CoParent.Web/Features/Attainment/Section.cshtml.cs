using CoParent.Data;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Attainment;

/// <summary>A child's attainment: teacher assessments term by term and statutory results.</summary>
[EducationRecord]
public sealed class SectionModel(CoParentDbContext db, ChildAccessPolicy policy) : PageModel
{
    public AttainmentView View { get; private set; } = null!;
    public bool CanRecord { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        if (await AttainmentData.LoadAsync(db, childId, ct) is not { } view) return NotFound();
        View = view;
        CanRecord = await policy.CanEditEducationAsync(User, childId, ct);
        return Page();
    }
}
