using CoParent.Data;
using CoParent.Web.Features.Scorecard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoParent.Web.Features.Snapshots;

public sealed class SnapshotOptions
{
    public const string Section = "Scorecard";

    /// <summary>Freeze each period's scorecard when it ends. Tests switch it off to keep their own periods.</summary>
    public bool AutoFreeze { get; set; } = true;
}

/// <summary>
/// Once an hour, freezes any due period (<see cref="ScorecardSnapshots.DuePeriods"/>: the quarters and years the
/// Panel's scorecard shows) that has not been frozen yet, newest first. A period already frozen is left alone: revising
/// it is a person's decision, with a reason.
/// </summary>
public sealed class AutoFreezeService(
    IDbContextFactory<CoParentDbContext> contexts, ScorecardFigures figures, TimeProvider clock,
    IOptions<SnapshotOptions> options, ILogger<AutoFreezeService> logger) : BackgroundService
{
    private static readonly TimeSpan FirstCheck = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.AutoFreeze) return;
        try
        {
            // A minute's grace after start-up, so migrations and the first requests come first.
            await Task.Delay(FirstCheck, clock, stoppingToken);
            using var timer = new PeriodicTimer(Interval, clock);
            do
            {
                await FreezeDueAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Freezes each due period that has no snapshot yet; returns how many it froze.</summary>
    public async Task<int> FreezeDueAsync(CancellationToken ct)
    {
        var frozen = 0;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        foreach (var period in ScorecardSnapshots.DuePeriods(today))
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                if (await db.ScorecardSnapshots.AnyAsync(s => s.PeriodFrom == period.From && s.PeriodTo == period.To, ct)) continue;
                await ScorecardSnapshots.FreezeAsync(db, figures, period, ScorecardSnapshots.ReasonFor(period, today),
                    ScorecardSnapshots.Automatic, clock.GetUtcNow().UtcDateTime, ct);
                logger.LogInformation("Scorecard frozen for {From} to {To}", period.From, period.To);
                frozen++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Tried again within the hour; the web app carries on meanwhile.
                logger.LogError(e, "Could not freeze the scorecard for {From} to {To}", period.From, period.To);
            }
        }
        return frozen;
    }
}
