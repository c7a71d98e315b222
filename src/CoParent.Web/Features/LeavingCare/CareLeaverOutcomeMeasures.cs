using CoParent.Core.CareLeavers;
using CoParent.Core.Measures;
using CoParent.Data;
using CoParent.Web.Features.Outcomes;

namespace CoParent.Web.Features.LeavingCare;

/// <summary>Outcome 7 (care leavers) and Outcome 6's 16 and 17 year olds, from the records personal advisers keep.</summary>
public sealed class CareLeaverOutcomeMeasures(CareHistories care) : IOutcomeMeasures
{
    public string Section => "Care leavers";

    public IReadOnlyList<int> Outcomes { get; } = [6, 7];

    public async Task<IReadOnlyList<MeasureResult>> CalculateAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct)
    {
        // Everyone aged 16 to 25 at some point in the period: born from 26 years before its start to 16 years before its end.
        var bornFrom = period.From.AddYears(-26).AddDays(1);
        var bornTo = period.To.AddYears(-16);
        var facts = await CareLeaverYears.LoadFactsAsync(db, db.Children.Where(c => c.DateOfBirth >= bornFrom && c.DateOfBirth <= bornTo), ct,
            await care.ByChildAsync(ct));
        return CareLeaverMeasures.Calculate(facts, period);
    }
}
