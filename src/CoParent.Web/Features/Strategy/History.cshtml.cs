using CoParent.Core.Strategy;
using CoParent.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Strategy;

/// <summary>One saved version and what changed from the one before it.</summary>
public sealed record StrategyVersionChanges(StrategyVersion Version, IReadOnlyList<StrategyChange> Changes, bool IsFirst);

/// <summary>Every version of the strategy, newest first: when, who, why, and what changed.</summary>
[Authorize(Policy = StrategyFeature.ReadersPolicy)]
public sealed class HistoryModel(CoParentDbContext db) : PageModel
{
    public IReadOnlyList<StrategyVersionChanges> Versions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var versions = await db.StrategyVersions.AsNoTracking().OrderBy(v => v.Id).ToListAsync(ct);
        var list = new List<StrategyVersionChanges>();
        StrategyDocument? before = null;
        foreach (var version in versions)
        {
            var document = StrategyDocument.Parse(version.Json).Document;
            list.Add(new(version, document is null ? [] : StrategyDiff.Compare(before, document), before is null));
            before = document ?? before;
        }
        list.Reverse();
        Versions = list;
    }
}
