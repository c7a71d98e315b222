using CoParent.Core.Measures;
using CoParent.Core.Ssda903;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Demo;

public abstract partial class DemoCouncilTests
{
    [SkippableFact]
    public async Task Generate_FosteredChildren_MostlyHaveTheirCarersHouseholdUnderTheCarersName()
    {
        var open = await Demo.WithDbAsync(db => db.CareEpisodes.AsNoTracking()
            .Where(e => e.Decom <= AsAt && (e.Dec == null || e.Dec > AsAt))
            .Select(e => new { e.Place, e.CarerName, Household = db.CarerHouseholds.Where(h => h.Id == e.CarerHouseholdId).Select(h => h.Name).FirstOrDefault() })
            .ToListAsync());
        var fostered = open.Where(e => CodeSets.IsFoster(e.Place)).ToList();

        var recorded = fostered.Count(e => e.Household is not null) / (double)fostered.Count;

        Assert.InRange(recorded, 0.8, 0.99);
        Assert.All(fostered.Where(e => e.Household is not null), e => Assert.Equal(e.CarerName, e.Household));
        Assert.DoesNotContain(open, e => !CodeSets.IsFoster(e.Place) && e.Household is not null && !e.Place.StartsWith('A'));
    }

    [SkippableFact]
    public async Task Generate_IdentityMeasures_HaveRealisticRates()
    {
        var period = new MeasurePeriod(AsAt.AddYears(-1).AddDays(1), AsAt);

        var results = await Demo.WithDbAsync(db => new IdentityOutcomeMeasures(CareHistories.On(db)).CalculateAsync(db, period, CancellationToken.None));

        // About 6 in 10 children in care a year or more have completed life story work; most BAME children are matched.
        Assert.InRange(results.Single(m => m.Id == "identity.life-story-completed").Value!.Value, 40m, 80m);
        Assert.InRange(results.Single(m => m.Id == "identity.bame-foster-matched").Value!.Value, 40m, 95m);
        Assert.True(results.Single(m => m.Id == "identity.life-story-feeling.happy").Numerator > 0);
    }
}
