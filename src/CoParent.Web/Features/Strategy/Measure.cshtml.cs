using System.Globalization;
using CoParent.Core.Access;
using CoParent.Core.Audit;
using CoParent.Core.Measures;
using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Data.Strategy;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Outcomes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Strategy;

public sealed class TargetInput
{
    public string? Target { get; set; }
    public string? Tolerance { get; set; }
}

/// <summary>
/// One measure: what it means, where it sits in the strategy, the code that works it out, and its targets over time.
/// Managers (the council's performance leads and analysts) set and clear targets; each change adds a row, so an
/// earlier scorecard can still say which target it was rated against.
/// </summary>
[Authorize(Policy = StrategyFeature.ReadersPolicy)]
public sealed class MeasureModel(CoParentDbContext db, OutcomeFigures figures, TimeProvider clock, AuditLog audit) : PageModel
{
    private const string Prefix = nameof(Input) + ".";

    [FromRoute] public string Id { get; set; } = "";
    [BindProperty] public TargetInput Input { get; set; } = new();

    public MeasureInfo Info { get; private set; } = null!;
    public StrategyDocument Strategy { get; private set; } = StrategyStore.Default;
    public string PeriodShown { get; private set; } = "";

    /// <summary>The figure itself for the reference period; null for a family or a measure nothing worked out this time.</summary>
    public MeasureResult? Figure { get; private set; }

    /// <summary>For a family: the figures it covers.</summary>
    public IReadOnlyList<MeasureResult> Members { get; private set; } = [];
    public IReadOnlyList<MeasureTarget> Targets { get; private set; } = [];
    public bool IsFamily => Id.EndsWith(".*", StringComparison.Ordinal);
    public bool CanSetTarget => User.IsInRole(Roles.Manager) && !IsFamily;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var current = Targets.Count > 0 ? Targets[0] : null;
        Input = new()
        {
            Target = current?.Target is { } t ? MeasureDisplay.Number(t) : null,
            Tolerance = current?.Target is not null && current.Tolerance is { } tol ? MeasureDisplay.Number(tol) : null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (!User.IsInRole(Roles.Manager)) return StatusCode(StatusCodes.Status403Forbidden);
        if (!await LoadAsync(ct)) return NotFound();
        if (IsFamily) return StatusCode(StatusCodes.Status403Forbidden);

        var target = Parse(Input.Target, nameof(TargetInput.Target), "The target must be a number, like 75 or 12.5");
        var tolerance = Parse(Input.Tolerance, nameof(TargetInput.Tolerance), "The tolerance must be a number, like 5");
        if (tolerance < 0) ModelState.AddModelError(Prefix + nameof(TargetInput.Tolerance), "The tolerance must be 0 or more: it is how far short of the target is still amber");
        if (target is null && tolerance is not null && ModelState.IsValid)
        {
            ModelState.AddModelError(Prefix + nameof(TargetInput.Target), "Enter a target for the tolerance to apply to, or clear the tolerance too");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // Saving what is already in force (or clearing a target never set) adds no row: the history lists real changes.
        var current = Targets.Count > 0 ? Targets[0] : null;
        tolerance = target is null ? null : tolerance;
        if (current?.Target == target && (current?.Tolerance ?? null) == tolerance) return Redirect($"/strategy/measures/{Id}");

        db.MeasureTargets.Add(new MeasureTarget
        {
            MeasureId = Id, Target = target, Tolerance = tolerance,
            SetBy = User.UserName() ?? "", SetAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("strategy.target", AuditOutcome.Allowed, User.Id(), User.UserName(), null, $"POST {Request.Path}", ct);
        return Redirect($"/strategy/measures/{Id}");
    }

    private decimal? Parse(string? text, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var cleaned = text.Trim().TrimEnd('%').Replace(",", "", StringComparison.Ordinal).Trim();
        if (decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && Math.Abs(value) < 1_000_000_000m) return value;
        ModelState.AddModelError(Prefix + field, message);
        return null;
    }

    /// <summary>False when the id is neither a registry entry nor a figure the registry covers.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (MeasureCatalogue.Find(Id) is not { } info) return false;
        var period = MeasureRegistry.ReferencePeriod(clock);
        PeriodShown = PeriodChoice.Describe(period);
        var report = await figures.CalculateAsync(period, ct);
        var produced = report.Sections.SelectMany(s => s.Measures).GroupBy(m => m.Id).Select(g => g.First()).ToList();
        Figure = produced.FirstOrDefault(m => m.Id == Id);
        if (Figure is null && info.Id != Id) return false;
        Info = info;
        Members = IsFamily ? produced.Where(m => MeasureCatalogue.Find(m.Id)?.Id == Id).ToList() : [];
        Strategy = await StrategyStore.CurrentAsync(db, ct);
        Targets = (await db.MeasureTargets.AsNoTracking().Where(t => t.MeasureId == Id).ToListAsync(ct)).OrderByDescending(t => t.Id).ToList();
        return true;
    }
}
