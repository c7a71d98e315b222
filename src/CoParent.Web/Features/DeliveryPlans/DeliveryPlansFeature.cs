using CoParent.Core.Access;
using CoParent.Core.Strategy;
using CoParent.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.DeliveryPlans;

/// <summary>
/// The strategy's delivery plans: who reads them, who changes them, the words for a status, and the JSON route.
/// Actions name no child, so every role reads them (councillors hold the council to account with them); only
/// designated teachers, who are school staff, do not. Managers keep them up to date.
/// </summary>
public static class DeliveryPlansFeature
{
    public const string Readers =
        Roles.SocialWorker + "," + Roles.TeamManager + "," + Roles.Iro + "," + Roles.Manager + "," + Roles.Councillor + "," +
        Roles.Administrator + "," + Roles.PersonalAdviser + "," + Roles.VirtualSchoolOfficer + "," + Roles.VirtualSchoolHead;

    public const string Editors = Roles.Manager;

    /// <summary>The status as it appears in addresses and JSON: "on-track".</summary>
    public static string Key(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "not-started",
        ActionStatus.OnTrack => "on-track",
        ActionStatus.AtRisk => "at-risk",
        ActionStatus.OffTrack => "off-track",
        ActionStatus.Complete => "complete",
        _ => status.ToString(),
    };

    /// <summary>A status from its key ("on-track") or its name ("OnTrack"); null for anything else.</summary>
    public static ActionStatus? ParseStatus(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var plain = value.Replace("-", "", StringComparison.Ordinal).Trim();
        return Enum.GetValues<ActionStatus>().Cast<ActionStatus?>()
            .FirstOrDefault(s => string.Equals(s.ToString(), plain, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>GOV.UK tag colours for a status, so the words and not the colour carry the meaning.</summary>
    public static string Tag(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "govuk-tag--grey",
        ActionStatus.OnTrack => "govuk-tag--green",
        ActionStatus.AtRisk => "govuk-tag--yellow",
        ActionStatus.OffTrack => "govuk-tag--red",
        ActionStatus.Complete => "govuk-tag--blue",
        _ => "",
    };

    public static IReadOnlyList<(string Value, string Text)> StatusChoices { get; } =
        [.. Enum.GetValues<ActionStatus>().Select(s => (Key(s), DeliveryAction.Describe(s)))];

    public static IServiceCollection AddDeliveryPlansFeature(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapDeliveryPlansApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/delivery-actions", GetActionsAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = Readers })
            .WithName("GetDeliveryActions")
            .WithSummary("The strategy's delivery-plan actions")
            .WithDescription("Every action in the delivery plans, optionally only one Outcome's (outcome=1 to 7), one status " +
                "(status=not-started, on-track, at-risk, off-track or complete) or those overdue (overdue=true: not complete and past their due date).")
            .WithTags("Strategy");
        return app;
    }

    public sealed record DeliveryActionJson(
        int Id, int Outcome, string Title, string Description, string Owner, string? Partner, string? StartsOn, string? DueOn,
        string Status, string StatusText, bool Overdue, string? MeasureId, bool SuggestedByCicc, string? CiccReviewedOn);

    public static async Task<Results<Ok<IReadOnlyList<DeliveryActionJson>>, ValidationProblem>> GetActionsAsync(
        string? outcome, string? status, string? overdue, CoParentDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = await ActionFilter.ReadAsync(db, outcome, null, status, overdue, (key, message) => errors[key.ToLowerInvariant()] = [message], ct);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var actions = await filter.ApplyAsync(db, today, ct);
        return TypedResults.Ok<IReadOnlyList<DeliveryActionJson>>(actions.Select(a => new DeliveryActionJson(
            a.Id, a.Outcome, a.Title, a.Description, a.Owner, a.Partner, Iso(a.StartsOn), Iso(a.DueOn), Key(a.Status),
            DeliveryAction.Describe(a.Status), a.IsOverdue(today), a.MeasureId, a.SuggestedByCicc, Iso(a.CiccReviewedOn))).ToList());
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The filters both the list page and the API take, read once with the same messages.</summary>
public sealed record ActionFilter(int? Outcome, string? Owner, ActionStatus? Status, bool OverdueOnly)
{
    public bool Any => Outcome is not null || Owner is not null || Status is not null || OverdueOnly;

    public static async Task<ActionFilter> ReadAsync(
        CoParentDbContext db, string? outcome, string? owner, string? status, string? overdue, Action<string, string> error, CancellationToken ct)
    {
        int? number = null;
        if (!string.IsNullOrWhiteSpace(outcome))
        {
            var strategy = await Data.Strategy.StrategyStore.CurrentAsync(db, ct);
            if (int.TryParse(outcome, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && strategy.Outcome(n) is not null) number = n;
            else error("Outcome", $"Select an Outcome from 1 to {strategy.Outcomes.Count}");
        }
        var parsedStatus = DeliveryPlansFeature.ParseStatus(status);
        if (!string.IsNullOrWhiteSpace(status) && parsedStatus is null) error("Status", "Select a status from the list");
        var overdueOnly = overdue is not null && (string.Equals(overdue, "true", StringComparison.OrdinalIgnoreCase) || overdue == "on");
        if (!string.IsNullOrWhiteSpace(overdue) && !overdueOnly && !string.Equals(overdue, "false", StringComparison.OrdinalIgnoreCase))
        {
            error("Overdue", "Overdue must be true or false");
        }
        return new ActionFilter(number, string.IsNullOrWhiteSpace(owner) ? null : owner.Trim(), parsedStatus, overdueOnly);
    }

    /// <summary>The matching actions, by Outcome and then due date (undated last).</summary>
    public async Task<IReadOnlyList<DeliveryAction>> ApplyAsync(CoParentDbContext db, DateOnly today, CancellationToken ct)
    {
        var query = db.DeliveryActions.AsNoTracking();
        if (Outcome is { } outcome) query = query.Where(a => a.Outcome == outcome);
        if (Owner is { } owner) query = query.Where(a => a.Owner == owner);
        if (Status is { } status) query = query.Where(a => a.Status == status);
        if (OverdueOnly) query = query.Where(a => a.Status != ActionStatus.Complete && a.DueOn != null && a.DueOn < today);
        var actions = await query.ToListAsync(ct);
        return actions.OrderBy(a => a.Outcome).ThenBy(a => a.DueOn ?? DateOnly.MaxValue).ThenBy(a => a.Id).ToList();
    }
}
