using CoParent.Core.Health;
using CoParent.Core.Measures;
using CoParent.Data;
using CoParent.Web.Features.Outcomes;

namespace CoParent.Web.Features.Health;

/// <summary>Outcome 4's health measures: loads the children who could be in the OC2 cohort or be care leavers, then <see cref="HealthMeasures"/>.</summary>
public sealed class HealthOutcomeMeasures(CareHistories care) : IOutcomeMeasures
{
    public string Section => "Health";

    public IReadOnlyList<int> Outcomes { get; } = [4];

    public async Task<IReadOnlyList<MeasureResult>> CalculateAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct)
    {
        var end = period.To;
        var yearAgo = end.AddYears(-1);
        // Children in care on the period's last day (the cohort is among them), and young people 18 to 21 whose care ended.
        var oldest = end.AddYears(-22).AddDays(1);
        var youngest = end.AddYears(-18);
        var inCare = db.CareEpisodes.Where(e => e.Decom <= end && (e.Dec == null || e.Dec > end)).Select(e => e.ChildId);
        var leavers = db.Children.Where(c => c.DateOfBirth >= oldest && c.DateOfBirth <= youngest && c.Episodes.Any(e => e.Dec != null && e.Dec <= end))
            .Select(c => c.Id);
        var ids = db.Children.Where(c => inCare.Contains(c.Id) || leavers.Contains(c.Id)).Select(c => c.Id);
        // The same children from the histories already read: in care on the last day, or 18 to 21 with care ended.
        var histories = (await care.AllAsync(ct)).Where(c => ChildHistories.IsInCareOn(c, end)
            || (c.DateOfBirth >= oldest && c.DateOfBirth <= youngest && c.Episodes.Any(e => e.Dec != null && e.Dec <= end)));
        var children = await HealthData.LoadAsync(db, histories, ids, yearAgo, ct);
        return HealthMeasures.Calculate(children, period);
    }
}
