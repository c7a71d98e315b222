using CoParent.Core.Strategy;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.DeliveryPlans;

/// <summary>An action as other features show it beside a figure or a promise: what, who, where it stands.</summary>
public sealed record DeliveryActionSummary(int Id, int Outcome, string Title, string Owner, ActionStatus Status, DateOnly? DueOn, bool Overdue)
{
    public string StatusText => DeliveryAction.Describe(Status);
}

/// <summary>
/// The delivery-plan actions for the scorecard and the children's Pledge page: read-only, newest due last. An action
/// is overdue when it is not complete and its due date has passed (<see cref="DeliveryAction.IsOverdue"/>).
/// </summary>
public static class DeliveryPlanQueries
{
    public static async Task<IReadOnlyList<DeliveryActionSummary>> ForOutcomesAsync(
        CoParentDbContext db, IEnumerable<int> outcomes, DateOnly today, CancellationToken ct = default)
    {
        var wanted = outcomes.Distinct().ToList();
        return await SummariseAsync(db.DeliveryActions.Where(a => wanted.Contains(a.Outcome)), today, ct);
    }

    public static async Task<IReadOnlyList<DeliveryActionSummary>> ForMeasureAsync(
        CoParentDbContext db, string measureId, DateOnly today, CancellationToken ct = default) =>
        await SummariseAsync(db.DeliveryActions.Where(a => a.MeasureId == measureId), today, ct);

    private static async Task<IReadOnlyList<DeliveryActionSummary>> SummariseAsync(IQueryable<DeliveryAction> actions, DateOnly today, CancellationToken ct)
    {
        var rows = await actions.AsNoTracking()
            .OrderBy(a => a.Outcome).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Outcome, a.Title, a.Owner, a.Status, a.DueOn })
            .ToListAsync(ct);
        return rows
            .Select(a => new DeliveryActionSummary(a.Id, a.Outcome, a.Title, a.Owner, a.Status, a.DueOn,
                a.Status != ActionStatus.Complete && a.DueOn is { } due && due < today))
            .OrderBy(a => a.Outcome).ThenBy(a => a.DueOn ?? DateOnly.MaxValue).ThenBy(a => a.Id)
            .ToList();
    }
}
