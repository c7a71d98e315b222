using System.Globalization;
using CoParent.Core.Access;
using CoParent.Core.Audit;
using CoParent.Core.Measures;
using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Scorecard;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Snapshots;

/// <summary>
/// One frozen scorecard: its lines as they were reported (suppressed for councillors), what this revision changed
/// from the one before, and what today's records would change if it were frozen again. Managers may freeze it again.
/// </summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Councillor}")]
public sealed class SnapshotModel(CoParentDbContext db, ScorecardFigures figures, AuditLog audit, TimeProvider clock) : PageModel
{
    public ScorecardSnapshot Snapshot { get; private set; } = new();
    public IReadOnlyList<ScorecardSnapshot> Revisions { get; private set; } = [];
    public IReadOnlyList<ScorecardLine> Lines { get; private set; } = [];
    public IReadOnlyDictionary<string, LineChange> SincePrevious { get; private set; } = new Dictionary<string, LineChange>();
    public IReadOnlyList<LineChange> SinceFrozen { get; private set; } = [];
    public bool IsNewest => Revisions.Count == 0 || Revisions[^1].Id == Snapshot.Id;
    public bool Suppressed => User.SeesAggregatesOnly();
    public bool CanFreeze => User.IsInRole(Roles.Manager);

    [BindProperty(SupportsGet = true)] public bool Unchanged { get; set; }
    [BindProperty] public string? Reason { get; set; }

    // No such snapshot (a mistyped or old link): back to the list, which has them all.
    public async Task<IActionResult> OnGetAsync(int snapshotId, CancellationToken ct) =>
        await LoadAsync(snapshotId, ct) ? Page() : Redirect("/scorecard/snapshots");

    public async Task<IActionResult> OnPostAsync(int snapshotId, CancellationToken ct)
    {
        if (!CanFreeze) return StatusCode(StatusCodes.Status403Forbidden);
        if (await db.ScorecardSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == snapshotId, ct) is not { } snapshot) return Redirect("/scorecard/snapshots");
        IndexModel.ValidateReason(ModelState, Reason);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(snapshotId, ct);
            return Page();
        }
        var frozen = await ScorecardSnapshots.FreezeAsync(db, figures, ScorecardSnapshots.PeriodOf(snapshot), Reason!.Trim(),
            User.UserName() ?? "", clock.GetUtcNow().UtcDateTime, ct);
        await audit.RecordAsync("scorecard.freeze", AuditOutcome.Allowed, User.Id(), User.UserName(), null, $"POST {Request.Path}", ct);
        return Redirect($"/scorecard/snapshots/{frozen.Snapshot.Id}" + (frozen.Added ? "" : "?unchanged=true"));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.ScorecardSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is not { } snapshot) return false;
        Snapshot = snapshot;
        var period = ScorecardSnapshots.PeriodOf(snapshot);
        Revisions = await ScorecardSnapshots.RevisionsAsync(db, period, ct);
        Lines = ScorecardSnapshots.Lines(snapshot);
        if (Revisions.LastOrDefault(r => r.Revision < snapshot.Revision) is { } previous)
        {
            SincePrevious = SnapshotDiff.Compare(ScorecardSnapshots.Lines(previous), Lines).Where(c => c.Newer is not null).ToDictionary(c => c.MeasureId);
        }
        var live = await figures.CalculateAsync(period, ct);
        SinceFrozen = SnapshotDiff.Compare(Lines, live.Lines);
        return true;
    }

    /// <summary>A line's figure as this reader may see it, with its unit: "71.2%", "14 children", or "c".</summary>
    public string Show(ScorecardLine? line)
    {
        if (line is null) return "not on the scorecard";
        var shown = Suppressed ? Suppression.Apply(line.AsResult()) : Suppression.None(line.AsResult());
        return Describe(shown.Value, line.Unit);
    }

    public string ShowCount(ScorecardLine line, int count) =>
        (Suppressed && Suppression.IsSmall(count) ? Suppression.Symbol : count.ToString("#,##0", CultureInfo.InvariantCulture));

    public static string Describe(Figure figure, string unit) =>
        figure.Suppressed || figure.Number is null ? (figure.Suppressed ? Suppression.Symbol : "no figure")
        : unit == MeasureUnits.Percent ? $"{figure}%"
        : unit == MeasureUnits.Pounds ? $"£{figure}"
        : $"{figure} {unit}";

    public static string Target(ScorecardLine? line) => line?.Target is { } target
        ? target.ToString("#,##0.#", CultureInfo.InvariantCulture) + (line.Unit == MeasureUnits.Percent ? "%" : "")
        : "none";

    /// <summary>What was revised in a measure, in words: "was 71.2%, now 70.8%; target was 70%, now 75%".</summary>
    public string Revised(LineChange change)
    {
        if (change.Added) return "new on the scorecard";
        if (change.Removed) return "no longer on the scorecard";
        var parts = new List<string>();
        var (was, now) = (Show(change.Older), Show(change.Newer));
        if (change.ValueChanged || change.NumeratorChanged || change.DenominatorChanged)
        {
            parts.Add(was == now ? "the counts behind it changed" : $"was {was}, now {now}");
        }
        if (change.TargetChanged) parts.Add($"target was {Target(change.Older)}, now {Target(change.Newer)}");
        if (change.RagChanged) parts.Add($"rating was {Rating(change.Older!.Rag)}, now {Rating(change.Newer!.Rag)}");
        if (change.DefinitionChanged) parts.Add("definition reworded");
        return parts.Count == 0 ? "described differently" : string.Join("; ", parts);
    }

    public static string Rating(RagRating rag) => rag switch
    {
        RagRating.Green => "green",
        RagRating.Amber => "amber",
        RagRating.Red => "red",
        _ => "not rated",
    };
}
