using System.Text.Json;
using CoParent.Core.Measures;
using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Web.Features.Scorecard;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Snapshots;

/// <summary>The result of freezing a period: the newest revision, and whether this call added it.</summary>
public sealed record Freezing(ScorecardSnapshot Snapshot, bool Added);

/// <summary>
/// Freezes the Panel's scorecard for a period, so what was reported stays as it was reported. Freezing again adds a
/// revision with its reason, and only when a figure, definition, target or rating has actually changed.
/// </summary>
public static class ScorecardSnapshots
{
    public const string EndOfPeriodReason = "Frozen at the end of the period";
    public const string LateReason = "Frozen after the period had ended, from the records as they then stood (CoParent was not running when it ended)";
    public const string Automatic = "CoParent (automatic)";

    public static async Task<Freezing> FreezeAsync(
        CoParentDbContext db, ScorecardFigures figures, MeasurePeriod period, string reason, string by, DateTime nowUtc, CancellationToken ct = default)
    {
        var live = await figures.CalculateAsync(period, ct);
        return await SaveAsync(db, period, live.Lines, reason, by, nowUtc, ct);
    }

    /// <summary>Saves <paramref name="lines"/> as the period's next revision, unless the newest revision already has them.</summary>
    public static async Task<Freezing> SaveAsync(
        CoParentDbContext db, MeasurePeriod period, IReadOnlyList<ScorecardLine> lines, string reason, string by, DateTime nowUtc, CancellationToken ct = default)
    {
        var newest = await NewestAsync(db, period, ct);
        if (newest is not null && SnapshotDiff.Compare(Lines(newest), lines).Count == 0) return new Freezing(newest, false);
        var snapshot = new ScorecardSnapshot
        {
            PeriodFrom = period.From,
            PeriodTo = period.To,
            Revision = (newest?.Revision ?? 0) + 1,
            Reason = reason,
            TakenBy = by,
            TakenAtUtc = nowUtc,
            Json = JsonSerializer.Serialize(lines, StrategyDocument.Json),
        };
        db.ScorecardSnapshots.Add(snapshot);
        await db.SaveChangesAsync(ct);
        return new Freezing(snapshot, true);
    }

    /// <summary>The newest revision's lines, or null when the period has never been frozen.</summary>
    public static async Task<IReadOnlyList<ScorecardLine>?> FrozenAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct = default) =>
        await NewestAsync(db, period, ct) is { } newest ? Lines(newest) : null;

    /// <summary>Every revision of the period, first to newest.</summary>
    public static async Task<IReadOnlyList<ScorecardSnapshot>> RevisionsAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct = default) =>
        await db.ScorecardSnapshots.AsNoTracking()
            .Where(s => s.PeriodFrom == period.From && s.PeriodTo == period.To)
            .OrderBy(s => s.Revision)
            .ToListAsync(ct);

    public static IReadOnlyList<ScorecardLine> Lines(ScorecardSnapshot snapshot) =>
        JsonSerializer.Deserialize<List<ScorecardLine>>(snapshot.Json, StrategyDocument.Json) ?? [];

    public static MeasurePeriod PeriodOf(ScorecardSnapshot snapshot) => new(snapshot.PeriodFrom, snapshot.PeriodTo);

    private static Task<ScorecardSnapshot?> NewestAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct) =>
        db.ScorecardSnapshots.AsNoTracking()
            .Where(s => s.PeriodFrom == period.From && s.PeriodTo == period.To)
            .OrderByDescending(s => s.Revision)
            .FirstOrDefaultAsync(ct);

    /// <summary>
    /// The periods that should be frozen on <paramref name="today"/>, newest first: the complete quarters and years to
    /// 31 March (the DfE's reporting year) that the Panel's scorecard shows, the last one and the
    /// <see cref="ScorecardFigures.TrendLength"/> before it. On a council's first day this backfills the trend, so the
    /// Panel's scorecard reads frozen figures rather than working out five periods live; after that, each new period
    /// is frozen as it ends, and one missed while CoParent was stopped is caught up.
    /// </summary>
    public static IReadOnlyList<MeasurePeriod> DuePeriods(DateOnly today)
    {
        var due = new List<MeasurePeriod>();
        for (MeasurePeriod quarter = MeasurePeriod.QuarterContaining(today).Previous(), year = MeasurePeriod.YearToMarchContaining(today).Previous();
             due.Count < 2 * (ScorecardFigures.TrendLength + 1);
             quarter = quarter.Previous(), year = year.Previous())
        {
            due.Add(quarter);
            due.Add(year);
        }
        return due;
    }

    /// <summary>Why a due period is frozen: at its end, or later because CoParent was not running then (a backfill).</summary>
    public static string ReasonFor(MeasurePeriod period, DateOnly today) =>
        today <= period.To.AddDays(LateAfterDays) ? EndOfPeriodReason : LateReason;

    /// <summary>How long after a period's end its freezing still counts as "at the end": the hourly check's slack, generously.</summary>
    public const int LateAfterDays = 7;
}
