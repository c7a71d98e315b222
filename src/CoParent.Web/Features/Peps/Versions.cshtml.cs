using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Peps;

/// <summary>Every version of a PEP, and one chosen version side by side with the PEP as it is now.</summary>
[EducationRecord]
public sealed class VersionsModel(CoParentDbContext db) : PageModel
{
    public sealed record Row(int Version, PepStatus Status, string By, DateTime At);

    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public PersonalEducationPlan Pep { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int? Chosen { get; private set; }
    public PepSnapshot? Then { get; private set; }
    public PepSnapshot Now { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int childId, int pepId, int? version, CancellationToken ct)
    {
        if (await db.ChildNameAsync(childId, ct) is not { } name) return NotFound();
        if (await PepData.FindAsync(db, childId, pepId, ct) is not { } pep) return Redirect($"/children/{childId}/education/peps");
        (ChildId, ChildName, Pep, Now) = (childId, name, pep, PepSnapshot.Of(pep));
        Rows = await db.PepVersions.AsNoTracking().Where(v => v.PersonalEducationPlanId == pepId).OrderByDescending(v => v.Version)
            .Select(v => new Row(v.Version, v.Status, v.ByUserName, v.At)).ToListAsync(ct);
        if (version is { } n)
        {
            var json = await db.PepVersions.AsNoTracking().Where(v => v.PersonalEducationPlanId == pepId && v.Version == n).Select(v => v.Snapshot).SingleOrDefaultAsync(ct);
            if (json is null) return NotFound();
            (Chosen, Then) = (n, PepSnapshot.FromJson(json));
        }
        return Page();
    }
}
