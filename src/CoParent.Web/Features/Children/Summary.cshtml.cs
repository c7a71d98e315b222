using CoParent.Core.Access;
using CoParent.Data;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Children;

public sealed class SummaryModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public ChildSummary.View Child { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool CanSeeAudit => User.IsInRole(Roles.Manager) || User.IsInRole(Roles.TeamManager);

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var child = await ChildSummary.LoadAsync(db, childId, today, ct);
        if (child is null) return NotFound();
        Child = child;
        CanEdit = await access.CanEditAsync(User, childId, ct);
        return Page();
    }
}
