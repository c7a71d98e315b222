using System.Globalization;
using CoParent.Core.Audit;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Reviews;

/// <summary>Reviews due: the signed-in worker's children (an IRO's, a social worker's, a team's; every child for a manager).</summary>
public sealed class DueModel(CoParentDbContext db, ChildAccessPolicy access, AuditLog audit, TimeProvider clock, ReviewsDueForAll everyone) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "show")] public string? Show { get; set; }
    [BindProperty(SupportsGet = true, Name = "pageNumber")] public int PageNumber { get; set; } = 1;

    public ReviewsDue.Result Result { get; private set; } = null!;
    public bool OverdueOnly => Show == "overdue";
    public bool SeesEveryChild => ChildAccessPolicy.SeesEveryChild(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Result = await ReviewsDue.RunAsync(db, access, User, today, OverdueOnly, PageNumber, everyone, ct);
        await audit.RecordAsync("reviews.list", AuditOutcome.Allowed, User.Id(), User.UserName(), null, $"GET {Request.Path}", ct);
        return Page();
    }

    public string PageUrl(int page) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/reviews",
        new Dictionary<string, string?> { ["show"] = Show, ["pageNumber"] = page.ToString(CultureInfo.InvariantCulture) }
            .Where(p => !string.IsNullOrEmpty(p.Value)));
}
