using CoParent.Core.Family;
using CoParent.Core.Measures;
using CoParent.Data;
using CoParent.Web.Features.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Family;

/// <summary>Loads what <see cref="FamilyMeasures"/> needs for a period: untracked, projected to the fields it reads.</summary>
public sealed class FamilyOutcomeMeasures : IOutcomeMeasures
{
    public string Section => "Family and relationships";

    public IReadOnlyList<int> Outcomes { get; } = [1, 5];

    public async Task<IReadOnlyList<MeasureResult>> CalculateAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct)
    {
        var asAt = period.To;
        var open = await FamilyRecord.OpenEpisodes(db.CareEpisodes.AsNoTracking(), asAt)
            .Select(e => new { e.ChildId, e.Decom, e.CarerName, e.PlPost }).ToListAsync(ct);
        var inCare = open.GroupBy(e => e.ChildId).ToDictionary(g => g.Key, g =>
        {
            var latest = g.MaxBy(e => e.Decom)!;
            return new PlacementAddress(latest.CarerName, latest.PlPost);
        });
        var siblings = (await db.SiblingLinks.AsNoTracking().Select(s => new { s.ChildId, s.SiblingId }).ToListAsync(ct))
            .Select(s => (s.ChildId, s.SiblingId)).ToList();
        var arrangements = await db.FamilyTimeArrangements.AsNoTracking()
            .Where(a => a.From <= asAt && (a.To == null || a.To >= asAt))
            .Select(a => new FamilyMeasures.ArrangementFacts(a.ChildId, a.From, a.To)).ToListAsync(ct);
        var carePlans = await db.CarePlans.AsNoTracking().Where(p => p.AgreedOn <= asAt)
            .Select(p => new FamilyMeasures.CarePlanFacts(p.ChildId, p.AgreedOn, p.NoFamilyTimeReason)).ToListAsync(ct);
        var permanence = await db.PermanencePlans.AsNoTracking()
            .Where(p => p.SetOn <= asAt || (p.AchievedOn >= period.From && p.AchievedOn <= period.To))
            .Select(p => new FamilyMeasures.PermanenceFacts(p.ChildId, p.SetOn, p.AchievedOn)).ToListAsync(ct);

        return FamilyMeasures.Calculate(new FamilyMeasures.Facts(inCare, siblings, arrangements, carePlans, permanence), period);
    }
}
