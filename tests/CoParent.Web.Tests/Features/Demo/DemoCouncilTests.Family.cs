using CoParent.Core.Measures;
using CoParent.Web.Features.Family;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Demo;

/// <summary>The demo council's family records give every Family measure something realistic to show.</summary>
public abstract partial class DemoCouncilTests
{
    [SkippableFact]
    public async Task Generate_FamilyRecords_HaveRealisticRates()
    {
        var period = MeasurePeriod.YearToMarchContaining(AsAt) with { To = AsAt };

        var measures = await Demo.WithDbAsync(db => new FamilyOutcomeMeasures().CalculateAsync(db, period, CancellationToken.None));
        var withoutCarePlan = await Demo.WithDbAsync(db => FamilyRecord.OpenEpisodes(db.CareEpisodes, AsAt)
            .CountAsync(e => !db.CarePlans.Any(p => p.ChildId == e.ChildId && p.AgreedOn <= AsAt)));

        decimal Value(string id) => measures.Single(m => m.Id == id).Value ?? -1;
        var inCare = measures.Single(m => m.Id == "family.family-time-arrangement").Denominator;
        var summary = string.Join("; ", measures.Select(m => $"{m.Id} {m.Value} ({m.Numerator}/{m.Denominator})"));
        // About a third of children in care have a brother or sister in care.
        Assert.InRange(Value("family.siblings-in-care") / inCare, 0.2m, 0.45m);
        Assert.InRange(Value("family.siblings-living-together"), 20m, 80m);
        Assert.True(Value("family.family-time-arrangement") >= 80m, summary);
        Assert.InRange(Value("family.permanence-plan"), 60m, 98m);
        Assert.True(Value("family.permanence-achieved") > 0, summary);
        Assert.Equal(0, withoutCarePlan);
    }
}
