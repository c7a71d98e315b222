using CoParent.Core.Children;
using CoParent.Core.CareEpisodes;
using CoParent.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Children;

public sealed class TimelineModel(CoParentDbContext db) : PageModel
{
    /// <summary>Episodes linked by REC X1 make one period of care.</summary>
    public sealed record Period(DateOnly Start, DateOnly? End, string? EndReason, IReadOnlyList<Placement> Placements);

    /// <summary>A run of episodes with the same carer: a new placement starts at RNE S, P or B.</summary>
    public sealed record Placement(DateOnly Start, DateOnly? End, string? Carer, IReadOnlyList<CareEpisode> Episodes);

    public string ChildName { get; private set; } = "";
    public int ChildId { get; private set; }
    public IReadOnlyList<Period> Periods { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int childId, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId }).SingleOrDefaultAsync(ct);
        if (child is null) return NotFound();
        ChildId = child.Id;
        ChildName = Child.NameToShow(child.GivenName, child.FamilyName, child.PreferredName, child.PersonId);
        var episodes = await db.CareEpisodes.AsNoTracking().Where(e => e.ChildId == childId).OrderBy(e => e.Decom).ToListAsync(ct);
        Periods = Build(episodes);
        return Page();
    }

    public static IReadOnlyList<Period> Build(IReadOnlyList<CareEpisode> episodesOldestFirst)
    {
        var periods = new List<List<CareEpisode>>();
        foreach (var episode in episodesOldestFirst)
        {
            if (periods.Count == 0 || periods[^1][^1].Rec != "X1") periods.Add([]);
            periods[^1].Add(episode);
        }
        return periods.Select(p =>
        {
            var placements = new List<List<CareEpisode>>();
            foreach (var episode in p)
            {
                if (placements.Count == 0 || episode.Rne is "S" or "P" or "B") placements.Add([]);
                placements[^1].Add(episode);
            }
            var last = p[^1];
            return new Period(p[0].Decom, last.Dec, last.Rec,
                placements.Select(run => new Placement(run[0].Decom, run[^1].Dec, run[^1].CarerName, run.AsEnumerable().Reverse().ToList()))
                    .Reverse().ToList());
        }).Reverse().ToList();
    }
}
