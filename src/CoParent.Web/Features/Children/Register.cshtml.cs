using System.Globalization;
using CoParent.Core.Audit;
using CoParent.Core.Children;
using CoParent.Core.Ssda903;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Children;

public sealed class RegisterModel(CoParentDbContext db, ChildAccessPolicy access, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateInput AsAt { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "age")] public string? AgeBand { get; set; }
    [BindProperty(SupportsGet = true, Name = "placement")] public string? PlacementGroup { get; set; }
    [BindProperty(SupportsGet = true, Name = "legalStatus")] public string? LegalStatus { get; set; }
    [BindProperty(SupportsGet = true, Name = "team")] public int? TeamId { get; set; }
    [BindProperty(SupportsGet = true, Name = "pageNumber")] public int PageNumber { get; set; } = 1;

    public ChildRegister.Result Result { get; private set; } = null!;
    public IReadOnlyList<(string Value, string Text)> Teams { get; private set; } = [];
    public bool CanAdd => ChildAccessPolicy.CanAddChildren(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        ModelState.Clear();
        var asAt = AsAt.Validate(ModelState, nameof(AsAt), "the date to show the register for", required: false) ?? today;
        if (AsAt.IsEmpty) AsAt = DateInput.From(today);

        Teams = (await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(ct))
            .Select(t => (t.Id.ToString(CultureInfo.InvariantCulture), t.Name)).Prepend(("", "All teams")).ToList();
        var format = ModelState.IsValid ? TableDownload.Format(Request.Query["format"]) : null;
        Result = await ChildRegister.RunAsync(db, access, User,
            new ChildRegister.Query(asAt, Search, Blank(AgeBand), Blank(PlacementGroup), Blank(LegalStatus), TeamId, Math.Max(1, PageNumber), AllPages: format is not null), ct);

        if (format is not null)
        {
            // A read of many children at once: one entry with how many, never who (the query can hold a name).
            await audit.RecordAsync("children.download", AuditOutcome.Allowed, User.Id(), User.UserName(), null,
                $"GET {Request.Path} as {format}: {Result.Rows.Count} children", ct);
            return TableDownload.File(Download(Result), format);
        }

        // The query string is left out of the audit: a search can hold a child's name.
        await audit.RecordAsync("register.list", AuditOutcome.Allowed, User.Id(), User.UserName(), null, $"GET {Request.Path}", ct);
        if (!ModelState.IsValid) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The register as a file: the columns the table shows, for every page of the filtered list.</summary>
    public static DownloadTable Download(ChildRegister.Result result) => new(
        $"children-in-care-{result.Query.AsAt:yyyy-MM-dd}",
        ["Name", "Person ID", "Age", "Legal status", "Placement", "Placed since", "Team"],
        result.Rows.Select(r => (IReadOnlyList<string?>)[r.Name, r.PersonId, r.Age.ToString(CultureInfo.InvariantCulture), r.LegalStatus,
            r.Placement, r.PlacedSince.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Team ?? "Not allocated"]).ToList());

    public static IReadOnlyList<(string Value, string Text)> AgeBands => Age.Bands.Select(b => (b, b)).Prepend(("", "All ages")).ToList();
    public static IReadOnlyList<(string Value, string Text)> PlacementGroups => CodeSets.PlacementGroups.Select(g => (g, g)).Prepend(("", "All placement types")).ToList();
    public static IReadOnlyList<(string Value, string Text)> LegalStatuses => CodeSets.LegalStatus.Codes.Select(c => (c.Code, $"{c.Code}: {c.Meaning}")).Prepend(("", "All legal statuses")).ToList();

    /// <summary>The register's URL for another page, keeping the search and filters.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["AsAt.Day"] = AsAt.Day, ["AsAt.Month"] = AsAt.Month, ["AsAt.Year"] = AsAt.Year, ["q"] = Search, ["age"] = AgeBand,
            ["placement"] = PlacementGroup, ["legalStatus"] = LegalStatus, ["team"] = TeamId?.ToString(CultureInfo.InvariantCulture),
            ["pageNumber"] = page.ToString(CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/children", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
