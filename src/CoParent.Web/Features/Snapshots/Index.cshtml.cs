using CoParent.Core.Access;
using CoParent.Core.Audit;
using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Data.Audit;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Features.Scorecard;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Snapshots;

/// <summary>
/// Every frozen scorecard, period by period, with each revision's when, who and why. Managers may freeze a period
/// here (the end-of-period freeze happens by itself); councillors read.
/// </summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Councillor}")]
public sealed class IndexModel(CoParentDbContext db, ScorecardFigures figures, AuditLog audit, TimeProvider clock) : PageModel
{
    public const string ReasonMissing = "Enter why you are freezing this period";
    public const string ReasonTooLong = "The reason must be 500 characters or fewer";
    public const string PeriodMissing = "Select the period to freeze";

    public IReadOnlyList<IGrouping<(DateOnly From, DateOnly To), ScorecardSnapshot>> Periods { get; private set; } = [];
    public IReadOnlyList<PeriodChoice> Choices { get; private set; } = [];
    public bool CanFreeze => User.IsInRole(Roles.Manager);

    [BindProperty] public string? Period { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanFreeze) return StatusCode(StatusCodes.Status403Forbidden);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var choice = Complete(today).FirstOrDefault(c => c.Key == Period);
        if (choice is null) ModelState.AddModelError(nameof(Period), PeriodMissing);
        ValidateReason(ModelState, Reason);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(ct);
            return Page();
        }
        var frozen = await ScorecardSnapshots.FreezeAsync(db, figures, choice!.Period, Reason!.Trim(), User.UserName() ?? "", clock.GetUtcNow().UtcDateTime, ct);
        await audit.RecordAsync("scorecard.freeze", AuditOutcome.Allowed, User.Id(), User.UserName(), null, $"POST {Request.Path}", ct);
        return Redirect($"/scorecard/snapshots/{frozen.Snapshot.Id}" + (frozen.Added ? "" : "?unchanged=1"));
    }

    /// <summary>A freeze made by a person always says why, so the revision history can be read later.</summary>
    public static void ValidateReason(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) state.AddModelError(nameof(Reason), ReasonMissing);
        else if (reason.Trim().Length > 500) state.AddModelError(nameof(Reason), ReasonTooLong);
    }

    /// <summary>Only periods that have ended can be frozen: a period still running has no final figures.</summary>
    public static IReadOnlyList<PeriodChoice> Complete(DateOnly today) => PeriodChoice.Offered(today).Where(c => c.Period.To < today).ToList();

    private async Task LoadAsync(CancellationToken ct)
    {
        Choices = Complete(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var all = await db.ScorecardSnapshots.AsNoTracking().ToListAsync(ct);
        Periods = all.OrderByDescending(s => s.PeriodTo).ThenBy(s => s.PeriodFrom).ThenByDescending(s => s.Revision)
            .GroupBy(s => (s.PeriodFrom, s.PeriodTo)).ToList();
    }
}
