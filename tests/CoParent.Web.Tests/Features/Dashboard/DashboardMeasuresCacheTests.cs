using CoParent.Data;
using CoParent.Web.Features.Dashboard;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoParent.Web.Tests.Features.Dashboard;

public abstract class DashboardMeasuresCacheTests(CoParentApp app) : IntegrationTest(app)
{
    private DashboardMeasures CreateMeasures(FakeTimeProvider clock, int cacheSeconds = 30) => new(
        App.Services.GetRequiredService<IDbContextFactory<CoParentDbContext>>(),
        Options.Create(new CouncilOptions()), Options.Create(new DashboardOptions { CacheSeconds = cacheSeconds }), clock);

    [SkippableFact]
    public async Task Calculate_SameDateWithinCacheTime_ReusesFiguresThenRefreshes()
    {
        var asAt = TestData.UniquePastDate();
        var clock = new FakeTimeProvider(CoParentApp.Now);
        var measures = CreateMeasures(clock);
        await TestData.CreateChildInCareAroundAsync(App, asAt, App.Users.SocialWorkerId);

        var first = await measures.CalculateAsync(asAt);
        await TestData.CreateChildInCareAroundAsync(App, asAt, App.Users.SocialWorkerId);
        clock.Advance(TimeSpan.FromSeconds(29));
        var withinCacheTime = await measures.CalculateAsync(asAt);
        clock.Advance(TimeSpan.FromSeconds(2));
        var afterCacheTime = await measures.CalculateAsync(asAt);

        Assert.Equal(1, first["cla.count"].Numerator);
        Assert.Same(first, withinCacheTime);
        Assert.Equal(2, afterCacheTime["cla.count"].Numerator);
    }

    [SkippableFact]
    public async Task Calculate_ManyAtOnce_ShareOneCalculation()
    {
        var asAt = TestData.UniquePastDate();
        var measures = CreateMeasures(new FakeTimeProvider(CoParentApp.Now));
        await TestData.CreateChildInCareAroundAsync(App, asAt, App.Users.SocialWorkerId);

        var sets = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => measures.CalculateAsync(asAt))));

        Assert.All(sets, set => Assert.Same(sets[0], set));
    }

    [SkippableFact]
    public async Task Calculate_CachingOff_WorksFiguresOutEveryTime()
    {
        var asAt = TestData.UniquePastDate();
        var measures = CreateMeasures(new FakeTimeProvider(CoParentApp.Now), cacheSeconds: 0);
        await TestData.CreateChildInCareAroundAsync(App, asAt, App.Users.SocialWorkerId);

        var first = await measures.CalculateAsync(asAt);
        await TestData.CreateChildInCareAroundAsync(App, asAt, App.Users.SocialWorkerId);
        var second = await measures.CalculateAsync(asAt);

        Assert.Equal(1, first["cla.count"].Numerator);
        Assert.Equal(2, second["cla.count"].Numerator);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DashboardMeasuresCacheTests_Sqlite(SqliteApp app) : DashboardMeasuresCacheTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DashboardMeasuresCacheTests_Postgres(PostgresApp app) : DashboardMeasuresCacheTests(app);
