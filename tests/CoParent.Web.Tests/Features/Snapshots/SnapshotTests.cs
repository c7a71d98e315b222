using System.Net;
using CoParent.Core.Measures;
using CoParent.Core.Strategy;
using CoParent.Web.Features.Scorecard;
using CoParent.Web.Features.Snapshots;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoParent.Web.Tests.Features.Snapshots;

public abstract class SnapshotTests(CoParentApp app) : IntegrationTest(app)
{
    private static readonly DateTime Now = CoParentApp.Now.UtcDateTime;

    /// <summary>A period no other test uses, with one child coming into care in it.</summary>
    private async Task<(MeasurePeriod Period, DateOnly AsAt)> PeriodWithAChildAsync()
    {
        var asAt = TestData.UniquePastDate();
        await TestData.CreateChildInCareAroundAsync(App, asAt, App.Users.SocialWorkerId);
        // Test dates are 40 days apart and each child is in care for 14 days either side: 20 days keeps others out.
        return (new MeasurePeriod(asAt.AddDays(-20), asAt.AddDays(20)), asAt);
    }

    private Task<Freezing> FreezeAsync(MeasurePeriod period, string reason = ScorecardSnapshots.EndOfPeriodReason) =>
        App.WithDbAsync(db => ScorecardSnapshots.FreezeAsync(db, App.Services.GetRequiredService<ScorecardFigures>(), period, reason, "analyst", Now));

    [SkippableFact]
    public async Task Freeze_FirstTime_SavesRevision1WithTheLiveLines()
    {
        // Arrange
        var (period, _) = await PeriodWithAChildAsync();
        var live = await App.Services.GetRequiredService<ScorecardFigures>().CalculateAsync(period);

        // Act
        var frozen = await FreezeAsync(period);
        var lines = await App.WithDbAsync(db => ScorecardSnapshots.FrozenAsync(db, period));

        // Assert
        Assert.True(frozen.Added);
        Assert.Equal(1, frozen.Snapshot.Revision);
        Assert.Equal(ScorecardSnapshots.EndOfPeriodReason, frozen.Snapshot.Reason);
        Assert.NotNull(lines);
        Assert.NotEmpty(lines);
        Assert.Empty(SnapshotDiff.Compare(live.Lines, lines));
    }

    [SkippableFact]
    public async Task Freeze_NothingChanged_AddsNoRevision()
    {
        var (period, _) = await PeriodWithAChildAsync();
        var first = await FreezeAsync(period);

        var again = await FreezeAsync(period, "Checking");
        var revisions = await App.WithDbAsync(db => ScorecardSnapshots.RevisionsAsync(db, period));

        Assert.False(again.Added);
        Assert.Equal(first.Snapshot.Id, again.Snapshot.Id);
        Assert.Single(revisions);
    }

    [SkippableFact]
    public async Task Freeze_AfterARecordIsCorrected_AddsRevision2AndKeepsRevision1()
    {
        var (period, asAt) = await PeriodWithAChildAsync();
        var first = await FreezeAsync(period);
        await TestData.CreateChildInCareAroundAsync(App, asAt, App.Users.SocialWorkerId);

        var second = await FreezeAsync(period, "A late admission recorded");
        var revisions = await App.WithDbAsync(db => ScorecardSnapshots.RevisionsAsync(db, period));

        Assert.True(second.Added);
        Assert.Equal(2, second.Snapshot.Revision);
        Assert.Equal([first.Snapshot.Id, second.Snapshot.Id], revisions.Select(r => r.Id));
        Assert.NotEmpty(SnapshotDiff.Compare(ScorecardSnapshots.Lines(revisions[0]), ScorecardSnapshots.Lines(revisions[1])));
    }

    [SkippableFact]
    public async Task Get_Snapshot_AsManager_ShowsWhatTheRevisionChangedAndWhatTodaysRecordsWouldChange()
    {
        // Arrange: frozen, a child added and frozen again, then another child added and not frozen.
        var (period, asAt) = await PeriodWithAChildAsync();
        await FreezeAsync(period);
        await TestData.CreateChildInCareAroundAsync(App, asAt, App.Users.SocialWorkerId);
        var second = await FreezeAsync(period, "A late admission recorded");
        await TestData.CreateChildInCareAroundAsync(App, asAt, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        // Act
        var response = await client.GetAsync($"/scorecard/snapshots/{second.Snapshot.Id}");
        var page = await Html.ParseAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Revised: was", page.QuerySelector("#lines")!.TextContent);
        Assert.Contains("A late admission recorded", page.QuerySelector("#revision")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("#revisions li").Length);
        Assert.Contains("was", page.QuerySelector("ul#since-frozen")!.TextContent);
        Assert.NotNull(page.QuerySelector("textarea#Reason"));
    }

    [SkippableFact]
    public async Task Get_Snapshot_AsCouncillor_SuppressesSmallFiguresAndOffersNoFreeze()
    {
        var (period, _) = await PeriodWithAChildAsync();
        var frozen = await FreezeAsync(period);
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        var response = await client.GetAsync($"/scorecard/snapshots/{frozen.Snapshot.Id}");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var started = page.QuerySelector("#line-journey-started")!;
        Assert.Contains("c", started.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.DoesNotContain("Dash", page.Body!.TextContent);
        Assert.Null(page.QuerySelector("textarea#Reason"));
    }

    [SkippableFact]
    public async Task Post_Snapshot_WithNoReason_Returns400NamingTheReason()
    {
        var (period, _) = await PeriodWithAChildAsync();
        var frozen = await FreezeAsync(period);
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.PostFormAsync($"/scorecard/snapshots/{frozen.Snapshot.Id}", [new("Reason", "  ")]);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([("#Reason", CoParent.Web.Features.Snapshots.IndexModel.ReasonMissing)], Html.ErrorSummary(page));
    }

    [SkippableFact]
    public async Task Post_Snapshot_WithAReasonAfterACorrection_AddsARevisionAndShowsIt()
    {
        var (period, asAt) = await PeriodWithAChildAsync();
        var frozen = await FreezeAsync(period);
        await TestData.CreateChildInCareAroundAsync(App, asAt, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.PostFormAsync($"/scorecard/snapshots/{frozen.Snapshot.Id}", [new("Reason", "Corrected admission date")]);
        var revisions = await App.WithDbAsync(db => ScorecardSnapshots.RevisionsAsync(db, period));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/scorecard/snapshots/{revisions[^1].Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(2, revisions[^1].Revision);
        Assert.Equal("Corrected admission date", revisions[^1].Reason);
        Assert.Equal(TestUsers.Manager, revisions[^1].TakenBy);
    }

    [SkippableFact]
    public async Task Post_Snapshot_AsCouncillor_ReturnsForbidden()
    {
        var (period, _) = await PeriodWithAChildAsync();
        var frozen = await FreezeAsync(period);
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        var response = await client.PostFormAsync($"/scorecard/snapshots/{frozen.Snapshot.Id}", [new("Reason", "Trying")],
            tokenFrom: $"/scorecard/snapshots/{frozen.Snapshot.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task Get_Snapshots_AsSocialWorker_ReturnsForbidden()
    {
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.GetAsync("/scorecard/snapshots");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task Get_Snapshots_ListsEachRevisionWithWhoAndWhy()
    {
        var (period, asAt) = await PeriodWithAChildAsync();
        var first = await FreezeAsync(period);
        await TestData.CreateChildInCareAroundAsync(App, asAt, App.Users.SocialWorkerId);
        var second = await FreezeAsync(period, "A late admission recorded");
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        var page = await Html.ParseAsync(await client.GetAsync("/scorecard/snapshots"));

        var links = page.QuerySelectorAll("#snapshots a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/scorecard/snapshots/{first.Snapshot.Id}", links);
        Assert.Contains($"/scorecard/snapshots/{second.Snapshot.Id}", links);
        Assert.Contains("A late admission recorded", page.QuerySelector("#snapshots")!.TextContent);
        Assert.Null(page.QuerySelector("select#Period"));
    }

    [SkippableFact]
    public async Task Post_Snapshots_WithNoPeriodOrReason_Returns400NamingBoth()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await client.PostFormAsync("/scorecard/snapshots", [new("Period", ""), new("Reason", "")]);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([("#Period", CoParent.Web.Features.Snapshots.IndexModel.PeriodMissing), ("#Reason", CoParent.Web.Features.Snapshots.IndexModel.ReasonMissing)], Html.ErrorSummary(page));
    }

    [SkippableFact]
    public async Task AutoFreeze_FreezesTheLastCompleteQuarterAndTheTrendBeforeItOnceOnly()
    {
        var service = App.Services.GetRequiredService<AutoFreezeService>();
        var quarter = new MeasurePeriod(new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30));
        var before = await App.WithDbAsync(db => db.ScorecardSnapshots.MaxAsync(s => (int?)s.Id)) ?? 0;

        try
        {
            await service.FreezeDueAsync(CancellationToken.None);
            var again = await service.FreezeDueAsync(CancellationToken.None);
            var revisions = await App.WithDbAsync(db => ScorecardSnapshots.RevisionsAsync(db, quarter));
            var earlier = await App.WithDbAsync(db => ScorecardSnapshots.RevisionsAsync(db, new MeasurePeriod(new(2025, 7, 1), new(2025, 9, 30))));

            Assert.Equal(0, again);
            Assert.NotEmpty(revisions);
            Assert.NotEmpty(earlier);
            Assert.Equal(ScorecardSnapshots.LateReason, earlier[0].Reason);
        }
        finally
        {
            // The other tests here work out these periods live from their own records; they run after this one, not beside it.
            await App.WithDbAsync(db => db.ScorecardSnapshots.Where(s => s.Id > before).ExecuteDeleteAsync());
        }
    }

    [Fact]
    public void DuePeriods_InApril_AreTheFiveQuartersAndFiveYearsToMarchTheScorecardShowsNewestFirst()
    {
        var due = ScorecardSnapshots.DuePeriods(new DateOnly(2027, 4, 2));

        Assert.Equal(
            [
                new MeasurePeriod(new(2027, 1, 1), new(2027, 3, 31)), new MeasurePeriod(new(2026, 4, 1), new(2027, 3, 31)),
                new MeasurePeriod(new(2026, 10, 1), new(2026, 12, 31)), new MeasurePeriod(new(2025, 4, 1), new(2026, 3, 31)),
                new MeasurePeriod(new(2026, 7, 1), new(2026, 9, 30)), new MeasurePeriod(new(2024, 4, 1), new(2025, 3, 31)),
                new MeasurePeriod(new(2026, 4, 1), new(2026, 6, 30)), new MeasurePeriod(new(2023, 4, 1), new(2024, 3, 31)),
                new MeasurePeriod(new(2026, 1, 1), new(2026, 3, 31)), new MeasurePeriod(new(2022, 4, 1), new(2023, 3, 31)),
            ],
            due);
    }

    [Theory]
    [InlineData("2026-10-01", ScorecardSnapshots.EndOfPeriodReason)]
    [InlineData("2026-10-07", ScorecardSnapshots.EndOfPeriodReason)]
    [InlineData("2026-10-08", ScorecardSnapshots.LateReason)]
    public void ReasonFor_AWeekAfterTheEndOrLater_SaysItWasFrozenLate(string today, string reason)
    {
        var quarter = new MeasurePeriod(new(2026, 7, 1), new(2026, 9, 30));

        Assert.Equal(reason, ScorecardSnapshots.ReasonFor(quarter, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SnapshotTests_Sqlite(SqliteApp app) : SnapshotTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SnapshotTests_Postgres(PostgresApp app) : SnapshotTests(app);
