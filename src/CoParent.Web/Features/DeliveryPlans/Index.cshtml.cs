using System.Globalization;
using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Data.Strategy;
using CoParent.Web.Features.Children;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.DeliveryPlans;

/// <summary>Every action in the delivery plans, grouped by Outcome or by owner, filtered as the reader asks.</summary>
[Authorize(Roles = DeliveryPlansFeature.Readers)]
public sealed class IndexModel(CoParentDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Outcome { get; set; }
    [BindProperty(SupportsGet = true)] public string? Owner { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Overdue { get; set; }

    /// <summary>"owner" groups by owner; anything else by Outcome.</summary>
    [BindProperty(SupportsGet = true)] public string? View { get; set; }

    public bool ByOwner => string.Equals(View, "owner", StringComparison.OrdinalIgnoreCase);
    public ActionFilter Filter { get; private set; } = new(null, null, null, false);
    public StrategyDocument Strategy { get; private set; } = StrategyStore.Default;
    public IReadOnlyList<DeliveryAction> Actions { get; private set; } = [];
    public IReadOnlyList<string> Owners { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool CanEdit => User.IsInRole(DeliveryPlansFeature.Editors);

    public sealed record Group(string Heading, int? Outcome, IReadOnlyList<DeliveryAction> Actions);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Strategy = await StrategyStore.CurrentAsync(db, ct);
        Owners = await db.DeliveryActions.AsNoTracking().Select(a => a.Owner).Distinct().ToListAsync(ct);
        Owners = [.. Owners.Order(StringComparer.OrdinalIgnoreCase)];
        Filter = await ActionFilter.ReadAsync(db, Outcome, Owner, Status, Overdue, (key, message) => ModelState.AddModelError(key, message), ct);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Actions = await Filter.ApplyAsync(db, Today, ct);
        if (TableDownload.Format(Request.Query["format"]) is { } format) return TableDownload.File(Download(), format);
        return Page();
    }

    public string OutcomeTitle(int number) => Strategy.Outcome(number) is { } o ? $"Outcome {number}: {o.Title}" : $"Outcome {number}";

    /// <summary>The list as the page shows it: by Outcome in the strategy's order, or by owner alphabetically.</summary>
    public IReadOnlyList<Group> Groups() => ByOwner
        ? [.. Actions.GroupBy(a => a.Owner).OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new Group(g.Key, null, [.. g]))]
        : [.. Actions.GroupBy(a => a.Outcome).OrderBy(g => g.Key).Select(g => new Group(OutcomeTitle(g.Key), g.Key, [.. g]))];

    /// <summary>How many of the listed actions stand at each status, per Outcome.</summary>
    public IReadOnlyList<(int Outcome, IReadOnlyDictionary<ActionStatus, int> Counts, int Overdue, int Total)> CountsByOutcome() =>
        [.. Actions.GroupBy(a => a.Outcome).OrderBy(g => g.Key).Select(g => (g.Key,
            (IReadOnlyDictionary<ActionStatus, int>)Enum.GetValues<ActionStatus>().ToDictionary(s => s, s => g.Count(a => a.Status == s)),
            g.Count(a => a.IsOverdue(Today)), g.Count()))];

    public static readonly IReadOnlyList<string> DownloadHeaders =
        ["Outcome", "Action", "Owner", "Partner", "Starts", "Due", "Status", "Overdue", "Measure", "Children in Care Council"];

    public DownloadTable Download() => new(
        "delivery-plans-" + Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DownloadHeaders,
        [.. Groups().SelectMany(g => g.Actions).Select(a => (IReadOnlyList<string?>)
        [
            a.Outcome.ToString(CultureInfo.InvariantCulture), a.Title, a.Owner, a.Partner,
            Iso(a.StartsOn), Iso(a.DueOn), DeliveryAction.Describe(a.Status), a.IsOverdue(Today) ? "Yes" : "No",
            a.MeasureId, Cicc(a),
        ])]);

    public static string? Cicc(DeliveryAction a) => (a.SuggestedByCicc, a.CiccReviewedOn) switch
    {
        (true, { } on) => "Suggested; reviewed " + Choices.ShowDate(on),
        (true, null) => "Suggested",
        (false, { } on) => "Reviewed " + Choices.ShowDate(on),
        _ => null,
    };

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
