using CoParent.Core.Measures;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoParent.Web.Features.Dashboard;

/// <summary>
/// Loads what the measures need for the children in care on a date (one query: the children and their
/// episodes, projected to the measure records, untracked) and works the measures out in memory.
/// </summary>
public sealed class DashboardMeasures(CoParentDbContext db, IOptions<CouncilOptions> council)
{
    public async Task<MeasureSet> CalculateAsync(DateOnly asAt, CancellationToken ct = default)
    {
        var histories = await db.Children.AsNoTracking().InCareOn(asAt).ToListAsync(ct);
        return ChildrenInCareMeasures.Calculate(histories, asAt, council.Value.Under18Population);
    }
}
