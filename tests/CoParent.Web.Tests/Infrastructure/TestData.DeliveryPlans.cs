using CoParent.Core.Strategy;

namespace CoParent.Web.Tests.Infrastructure;

public static partial class TestData
{
    /// <summary>An owner name no other test uses, so a list filtered by it shows only this test's actions.</summary>
    public static string UniqueOwner(string role = "Test lead") => $"{role} {Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A delivery-plan action, due on the day given (or not dated).</summary>
    public static Task<DeliveryAction> CreateDeliveryActionAsync(
        CoParentApp app, string owner, int outcome = 1, ActionStatus status = ActionStatus.OnTrack, DateOnly? dueOn = null,
        DateOnly? startsOn = null, string? title = null, string? measureId = null, string? partner = null) =>
        app.WithDbAsync(async db =>
        {
            var action = new DeliveryAction
            {
                Outcome = outcome, Title = title ?? "Test action " + Guid.NewGuid().ToString("N")[..6], Owner = owner, Partner = partner,
                Status = status, DueOn = dueOn, StartsOn = startsOn, MeasureId = measureId,
                CreatedAtUtc = CoParentApp.Now.UtcDateTime, UpdatedAtUtc = CoParentApp.Now.UtcDateTime,
            };
            db.DeliveryActions.Add(action);
            await db.SaveChangesAsync();
            return action;
        });
}
