using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.PupilPremium;

/// <summary>A child's Pupil Premium Plus for a financial year: the rate, what is committed and spent, and each allocation with its target.</summary>
[EducationRecord]
public sealed class ChildModel(CoParentDbContext db, ChildAccessPolicy access, TimeProvider clock) : PageModel
{
    public PupilPremiumData.ChildLedger Ledger { get; private set; } = null!;
    public bool CanCommit { get; private set; }
    public HashSet<int> CanRecordSpending { get; } = [];
    public int ThisYear { get; private set; }

    public async Task<IActionResult> OnGetAsync(int childId, int? year, CancellationToken ct)
    {
        ThisYear = FinancialYear.Containing(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var chosen = year is >= 2000 and <= 2100 ? year.Value : ThisYear;
        var ledger = await PupilPremiumData.LoadChildAsync(db, childId, chosen, ct);
        if (ledger is null) return NotFound();
        Ledger = ledger;
        CanCommit = PupilPremiumData.IsVirtualSchool(User) && await access.CanEditEducationAsync(User, childId, ct);
        foreach (var allocation in ledger.Allocations)
        {
            if (await PupilPremiumData.CanRecordSpendingAsync(access, User, childId, allocation.SchoolId, ct)) CanRecordSpending.Add(allocation.Id);
        }
        return Page();
    }
}
