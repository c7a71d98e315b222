using CoParent.Core.Identity;
using CoParent.Core.Measures;
using CoParent.Data;
using CoParent.Web.Features.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Identity;

/// <summary>Outcome 3's measures (<see cref="IdentityMeasures"/>), loaded for the children in care at the period's end.</summary>
public sealed class IdentityOutcomeMeasures(CareHistories care) : IOutcomeMeasures
{
    public string Section => "Identity and belonging";

    public IReadOnlyList<int> Outcomes { get; } = [3];

    public async Task<IReadOnlyList<MeasureResult>> CalculateAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct)
    {
        var end = period.To;
        var open = db.CareEpisodes.AsNoTracking().Where(e => e.Decom <= end && (e.Dec == null || e.Dec > end));
        var inCare = open.Select(e => e.ChildId);

        var histories = ChildHistories.InCareOn(await care.AllAsync(ct), end);
        var religions = await db.Children.AsNoTracking().Where(c => inCare.Contains(c.Id) && c.Religion != null)
            .Select(c => new { c.Id, c.Religion }).ToDictionaryAsync(c => c.Id, c => c.Religion, ct);
        var householdOf = await open.Where(e => e.CarerHouseholdId != null)
            .Select(e => new { e.ChildId, e.CarerHouseholdId }).ToListAsync(ct);
        var households = await db.CarerHouseholds.AsNoTracking()
            .Where(h => open.Any(e => e.CarerHouseholdId == h.Id))
            .Select(h => new HouseholdFacts(h.Id, h.Ethnicity, h.SecondEthnicity, h.Religion)).ToListAsync(ct);
        var stories = await db.LifeStoryWork.AsNoTracking().Where(w => inCare.Contains(w.ChildId))
            .Select(w => new LifeStoryFacts(w.ChildId, w.Started, w.Completed, w.LastReviewed, w.Feeling)).ToListAsync(ct);
        var letters = await db.LaterLifeLetters.AsNoTracking().Where(l => l.Written >= period.From && l.Written <= end)
            .Select(l => new LetterFacts(l.ChildId, l.Written)).ToListAsync(ct);

        var household = householdOf.GroupBy(e => e.ChildId).ToDictionary(g => g.Key, g => g.First().CarerHouseholdId);
        var children = histories.Select(h => new IdentityChild(h.ChildId, h.Ethnicity, religions.GetValueOrDefault(h.ChildId), h.Episodes,
            household.GetValueOrDefault(h.ChildId)));
        return IdentityMeasures.Calculate(children, households, stories, letters, period);
    }
}
