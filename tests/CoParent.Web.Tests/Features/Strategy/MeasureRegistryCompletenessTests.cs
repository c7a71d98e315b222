using CoParent.Core.Measures;
using CoParent.Core.Strategy;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Features.Strategy;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Web.Tests.Features.Strategy;

/// <summary>
/// The registry and the calculations agree: every figure the app works out is placed in the strategy, and the
/// registry lists nothing that no calculation works out. A new measure without its registry line fails here.
/// </summary>
public abstract class MeasureRegistryCompletenessTests(CoParentApp app) : IntegrationTest(app)
{
    private async Task<IReadOnlyList<MeasureResult>> FiguresAsync()
    {
        await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, since: new DateOnly(2025, 1, 6));
        var period = MeasureRegistry.ReferencePeriod(App.Clock);
        var report = await App.Services.GetRequiredService<OutcomeFigures>().CalculateAsync(period);
        return [.. report.Sections.SelectMany(s => s.Measures)];
    }

    [SkippableFact]
    public async Task EveryFigureWorkedOut_HasARegistryEntry()
    {
        var figures = await FiguresAsync();

        var unplaced = figures.Select(f => f.Id).Distinct().Where(id => MeasureCatalogue.Find(id) is null).ToList();

        Assert.NotEmpty(figures);
        Assert.True(unplaced.Count == 0, "Add these to MeasureCatalogue: " + string.Join(", ", unplaced));
    }

    [SkippableFact]
    public async Task EveryRegistryEntry_CoversAFigureWorkedOut()
    {
        var figures = await FiguresAsync();

        var unused = MeasureCatalogue.All.Where(m => !figures.Any(f => m.Matches(f.Id))).Select(m => m.Id).ToList();

        Assert.True(unused.Count == 0, "Nothing works out these MeasureCatalogue entries: " + string.Join(", ", unused));
    }

    [SkippableFact]
    public async Task EveryExactRegistryEntry_IsTheEntryFoundForItsOwnFigure()
    {
        var figures = await FiguresAsync();

        var shadowed = MeasureCatalogue.All.Where(m => !m.Id.EndsWith(".*", StringComparison.Ordinal))
            .Where(m => figures.Any(f => f.Id == m.Id) && MeasureCatalogue.Find(m.Id) != m).Select(m => m.Id).ToList();

        Assert.Empty(shadowed);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MeasureRegistryCompletenessTests_Sqlite(SqliteApp app) : MeasureRegistryCompletenessTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MeasureRegistryCompletenessTests_Postgres(PostgresApp app) : MeasureRegistryCompletenessTests(app);
