using CoParent.Core.Education;
using CoParent.Core.Measures;
using CoParent.Data;
using CoParent.Web.Features.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.PupilPremium;

/// <summary>Outcome 6's Pupil Premium Plus figures: the year's ledger lines and the grant's count, then <see cref="PupilPremiumMeasures"/>.</summary>
public sealed class PupilPremiumOutcomeMeasures : IOutcomeMeasures
{
    public string Section => "Virtual School: Pupil Premium Plus";

    public IReadOnlyList<int> Outcomes { get; } = [6];

    public async Task<IReadOnlyList<MeasureResult>> CalculateAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct)
    {
        var year = FinancialYear.Containing(period.To);
        var lines = await db.PupilPremiumAllocations.AsNoTracking().Where(a => a.FinancialYear == year && a.CommittedOn <= period.To)
            .Select(a => new PupilPremiumLine(a.ChildId, a.FinancialYear, a.Amount, a.Kind, a.CommittedOn, a.SpentAmount, a.SpentOn,
                a.PepTarget == null ? null : a.PepTarget.Outcome))
            .ToListAsync(ct);
        var rate = await PupilPremiumData.RateAsync(db, year, ct);
        var eligible = await PupilPremiumData.EligibleChildrenAsync(db, year, ct);
        return PupilPremiumMeasures.Calculate(lines, rate, eligible, period);
    }
}
