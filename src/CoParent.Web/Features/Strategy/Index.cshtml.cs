using CoParent.Core.Access;
using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Data.Strategy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Strategy;

/// <summary>The Co-Parenting Strategy in force, to read: what the council has promised and how it will know.</summary>
[Authorize(Policy = StrategyFeature.ReadersPolicy)]
public sealed class IndexModel(CoParentDbContext db) : PageModel
{
    public StrategyDocument Strategy { get; private set; } = StrategyStore.Default;
    public StrategyVersion? Version { get; private set; }
    public bool CanEdit => User.IsInRole(Roles.Administrator);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Strategy = await StrategyStore.CurrentAsync(db, ct);
        Version = await db.StrategyVersions.AsNoTracking().OrderByDescending(v => v.Id).FirstOrDefaultAsync(ct);
    }

    public int MeasureCount(int outcome) => MeasureCatalogue.All.Count(m => m.Outcome == outcome);
}
