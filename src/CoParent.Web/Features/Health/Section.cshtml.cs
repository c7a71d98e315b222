using CoParent.Data;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Health;

public sealed class SectionModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public HealthSection.View View { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var view = await HealthSection.LoadAsync(db, childId, Today, ct);
        if (view is null) return NotFound();
        View = view;
        CanEdit = await access.CanEditAsync(User, childId, ct);
        return Page();
    }
}
