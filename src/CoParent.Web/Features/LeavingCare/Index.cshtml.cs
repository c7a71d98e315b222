using CoParent.Data;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.LeavingCare;

/// <summary>A young person's leaving care record: adviser, pathway plan, what they are doing, where they live, support.</summary>
public sealed class IndexModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public LeavingCareRecord.View Record { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        var record = await LeavingCareRecord.LoadAsync(db, childId, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct);
        if (record is null) return NotFound();
        Record = record;
        CanEdit = await access.CanEditAsync(User, childId, ct);
        return Page();
    }

    public static string YesNo(bool? value) => value switch { true => "Yes", false => "No", null => "Not recorded" };
}
