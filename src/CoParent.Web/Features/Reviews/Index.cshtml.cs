using CoParent.Core.Children;
using CoParent.Data;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Reviews;

/// <summary>The Reviews section of a child's record: the next review due and the reviews held, against the timetable.</summary>
public sealed class IndexModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public ReviewRecord.View Record { get; private set; } = null!;
    public bool CanRecord { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId }).SingleOrDefaultAsync(ct);
        if (child is null) return NotFound();
        ChildId = child.Id;
        ChildName = Child.NameToShow(child.GivenName, child.FamilyName, child.PreferredName, child.PersonId);
        Record = await ReviewRecord.LoadAsync(db, childId, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct);
        CanRecord = await access.CanRecordReviewAsync(User, childId, ct);
        return Page();
    }
}
