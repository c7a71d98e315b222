using CoParent.Core.Health;
using CoParent.Core.Measures;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Features.Health;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Demo;

/// <summary>The demo council's health records agree with the OC2 rows it stores, and give every health measure a figure.</summary>
public abstract partial class DemoCouncilTests
{
    [SkippableFact]
    public async Task Health_Oc2Rows_ReadAsIfWorkedOutFromTheRecords()
    {
        var mismatches = await Demo.WithDbAsync(async db =>
        {
            var rows = await db.AnnualHealthOutcomes.AsNoTracking().ToListAsync();
            var children = (await HealthData.LoadAsync(db, db.AnnualHealthOutcomes.Select(o => o.ChildId).Distinct(), null, CancellationToken.None))
                .ToDictionary(c => c.ChildId);
            var found = new List<string>();
            foreach (var row in rows)
            {
                var worked = new AnnualHealthOutcome { CollectionYear = row.CollectionYear, SdqScore = row.SdqScore };
                foreach (var kind in Enum.GetValues<HealthRecordKind>()) Oc2Health.Apply(worked, children[row.ChildId], kind);
                if ((worked.HealthAssessment, worked.Immunisations, worked.TeethCheck, worked.SdqScore)
                    != (row.HealthAssessment, row.Immunisations, row.TeethCheck, row.SdqScore))
                {
                    found.Add($"child {row.ChildId} {row.CollectionYear}: stored {row.HealthAssessment}/{row.Immunisations}/{row.TeethCheck}/{row.SdqScore}, " +
                        $"records say {worked.HealthAssessment}/{worked.Immunisations}/{worked.TeethCheck}/{worked.SdqScore}");
                }
            }
            return found;
        });

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches.Take(10)));
    }

    [SkippableFact]
    public async Task Health_MeasuresForThisYearSoFar_HaveRealisticFigures()
    {
        var measures = await Demo.WithDbAsync(db =>
            new HealthOutcomeMeasures(CareHistories.On(db)).CalculateAsync(db, new MeasurePeriod(new DateOnly(2026, 4, 1), AsAt), CancellationToken.None));
        decimal Value(string id) => measures.Single(m => m.Id == id).Value ?? -1;

        Assert.InRange(Value("health.annual-check"), 75m, 100m);
        Assert.InRange(Value("health.immunisations"), 70m, 97m);
        Assert.InRange(Value("health.dental"), 60m, 90m);
        Assert.InRange(Value("health.sdq.average"), 5m, 35m);
        Assert.InRange(Value("health.passport.care-leavers"), 50m, 100m);
    }
}
