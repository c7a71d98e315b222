using System.Globalization;
using CoParent.Core.Audit;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Infrastructure.Downloads;
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
        var format = TableDownload.Format(Request.Query["format"]);
        Result = await ReviewsDue.RunAsync(db, access, User, today, OverdueOnly, PageNumber, everyone, ct, allPages: format is not null);
        await audit.RecordAsync("reviews.list", AuditOutcome.Allowed, User.Id(), User.UserName(), null,
            format is null ? $"GET {Request.Path}" : $"GET {Request.Path} as {format}: {Result.Rows.Count} children", ct);
        if (format is not null)
        {
            return TableDownload.File(new DownloadTable("reviews-due", ["Child", "Due by", "Status", "Independent reviewing officer"],
                Result.Rows.Select(r => (IReadOnlyList<string?>)[r.ChildName, r.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    (r.Overdue ? "Overdue " : "") + ReviewRecord.DescribeDaysLeft(r.DaysLeft), r.Iro ?? "None allocated"]).ToList()), format);
        }
        return Page();
    }

    public string PageUrl(int page) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/reviews",
        new Dictionary<string, string?> { ["show"] = Show, ["pageNumber"] = page.ToString(CultureInfo.InvariantCulture) }
            .Where(p => !string.IsNullOrEmpty(p.Value)));
}
