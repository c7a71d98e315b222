using CoParent.Core.Measures;
using CoParent.Core.Reviews;
using CoParent.Data;
using CoParent.Web.Features.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Reviews;

/// <summary>Reviews held on time, overdue and how children took part (Outcome 2, the child's voice in their plan).</summary>
public sealed class ReviewOutcomeMeasures(CareHistories care) : IOutcomeMeasures
{
    public string Section => "Reviews";

    public IReadOnlyList<int> Outcomes => [2];

    public async Task<IReadOnlyList<MeasureResult>> CalculateAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct)
    {
        // Every review in the period, and every child in care on its last day, belongs to a child with care in the period.
        var children = db.CareEpisodes.Where(e => e.Decom <= period.To && (e.Dec == null || e.Dec >= period.From)).Select(e => e.ChildId);
        var episodes = ChildHistories.InCareBetween(await care.AllAsync(ct), period.From, period.To)
            .ToDictionary(c => c.ChildId, c => c.Episodes.Select(e => new ReviewEpisode(e.Decom, e.Dec, e.Rne, e.Ls)).ToList());
        var reviews = (await db.ChildReviews.AsNoTracking().Where(r => children.Contains(r.ChildId) && r.ReviewDate <= period.To)
                .Select(r => new { r.ChildId, r.ReviewDate, r.NextReviewBy, r.Participation }).ToListAsync(ct))
            .ToLookup(r => r.ChildId, r => new HeldReview(r.ReviewDate, r.NextReviewBy, r.Participation));
        var histories = episodes.Select(e => new ChildReviewHistory(e.Key, e.Value, reviews[e.Key].ToList()));
        return ReviewMeasures.Calculate(histories, period);
    }
}
