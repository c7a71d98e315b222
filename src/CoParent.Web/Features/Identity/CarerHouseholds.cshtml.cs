using CoParent.Core.Access;
using CoParent.Core.Identity;
using CoParent.Core.Ssda903;
using CoParent.Data;
using CoParent.Web.Features.Children;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Identity;

/// <summary>The foster households the council has recorded, for managers to find and correct; no child is named here.</summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.TeamManager}")]
public sealed class CarerHouseholdsModel(CoParentDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string Name, string? PlaceProvider, string Ethnicity, string? SecondEthnicity, string? Religion, int ChildrenNow);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "pageNumber")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public Pagination Paging => new(PageNumber, Pagination.PagesFor(Total, PageSize),
        p => $"/carer-households?pageNumber={p}{(string.IsNullOrWhiteSpace(Q) ? "" : "&q=" + Uri.EscapeDataString(Q))}");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var query = db.CarerHouseholds.AsNoTracking();
        var q = Choices.Clean(Q);
        if (q is { Length: > 100 })
        {
            ModelState.AddModelError(nameof(Q), "Search for 100 characters or fewer");
            q = null;
        }
        if (q is not null) query = query.Where(h => h.Name.ToLower().Contains(q.ToLower()));
        Total = await query.CountAsync(ct);
        var format = TableDownload.Format(Request.Query["format"]);
        PageNumber = Math.Clamp(PageNumber, 1, Pagination.PagesFor(Total, PageSize));
        var ordered = query.OrderBy(h => h.Name).ThenBy(h => h.Id);
        // A download has every page of the search.
        Rows = await (format is null ? ordered.Skip((PageNumber - 1) * PageSize).Take(PageSize) : ordered)
            .Select(h => new Row(h.Id, h.Name, h.PlaceProvider, h.Ethnicity, h.SecondEthnicity, h.Religion,
                db.CareEpisodes.Count(e => e.CarerHouseholdId == h.Id && e.Decom <= today && e.Dec == null)))
            .ToListAsync(ct);
        return format is null ? Page() : TableDownload.File(Download(today), format);
    }

    public static readonly IReadOnlyList<string> Headers = ["Household", "Fosters for", "Ethnicity", "Religion", "Children placed now"];

    private DownloadTable Download(DateOnly today) => new($"carer-households-{today:yyyy-MM-dd}", Headers, Rows.Select(h => (IReadOnlyList<string?>)
    [
        h.Name, h.PlaceProvider is null ? "Not recorded" : CodeSets.PlacementProvider.Describe(h.PlaceProvider), DescribeEthnicity(h),
        h.Religion ?? "Not recorded", h.ChildrenNow.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ]).ToList());

    public static string DescribeEthnicity(Row h) =>
        CodeSets.Ethnicity.Describe(h.Ethnicity) + (h.SecondEthnicity is null ? "" : $" and {CodeSets.Ethnicity.Describe(h.SecondEthnicity)}");
}
