using CoParent.Core.Strategy;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoParent.Web.Features.DeliveryPlans;

/// <summary>The fields a manager fills in to add or change an action, and what they must hold.</summary>
public sealed class ActionInput
{
    public string? Outcome { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Owner { get; set; }
    public string? Partner { get; set; }
    public DateInput StartsOn { get; set; } = new();
    public DateInput DueOn { get; set; } = new();
    public string? Status { get; set; }
    public string? MeasureId { get; set; }

    public static ActionInput From(DeliveryAction a) => new()
    {
        Outcome = a.Outcome.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Title = a.Title, Description = a.Description, Owner = a.Owner, Partner = a.Partner,
        StartsOn = DateInput.From(a.StartsOn), DueOn = DateInput.From(a.DueOn),
        Status = DeliveryPlansFeature.Key(a.Status), MeasureId = a.MeasureId,
    };

    /// <summary>The single measures an action can aim at (a family such as "safety.missing.*" is not one figure).</summary>
    public static IReadOnlyList<(string Value, string Text)> MeasureChoices { get; } =
        [("", "None"), .. MeasureCatalogue.All.Where(m => !m.Id.EndsWith(".*", StringComparison.Ordinal))
            .Select(m => (m.Id, $"Outcome {m.Outcome}: {m.Id}"))];

    public sealed record Valid(int Outcome, string Title, string Description, string Owner, string? Partner,
        DateOnly? StartsOn, DateOnly? DueOn, ActionStatus Status, string? MeasureId);

    /// <summary>The action's details, or null with each problem named against its field ("Input.Owner").</summary>
    public Valid? Validate(ModelStateDictionary state, StrategyDocument strategy, bool withOutcome)
    {
        var outcome = 0;
        if (withOutcome && !(int.TryParse(Outcome, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out outcome) && strategy.Outcome(outcome) is not null))
        {
            state.AddModelError("Input.Outcome", "Select the Outcome the action is for");
        }
        var title = Required(state, "Input.Title", Title, "Enter what the action is", "What the action is", 300);
        var description = Choices.Clean(Description) ?? "";
        if (description.Length > 4000) state.AddModelError("Input.Description", "What the action involves must be 4,000 characters or fewer");
        var owner = Required(state, "Input.Owner", Owner, "Enter who owns the action", "The owner", 200);
        var partner = Choices.Clean(Partner);
        if (partner?.Length > 200) state.AddModelError("Input.Partner", "The partner must be 200 characters or fewer");
        var starts = StartsOn.Validate(state, "Input.StartsOn", "the date the action starts", required: false);
        var due = DueOn.Validate(state, "Input.DueOn", "the date the action is due", required: false);
        if (starts is { } s && due is { } d && d < s) state.AddModelError("Input.DueOn", "The due date must be the same as or after the start date");
        var status = DeliveryPlansFeature.ParseStatus(Status);
        if (status is null) state.AddModelError("Input.Status", "Select the action's status");
        var measure = Choices.Clean(MeasureId);
        if (measure is not null && !MeasureChoices.Any(c => c.Value == measure)) state.AddModelError("Input.MeasureId", "Select a measure from the list, or None");
        return state.IsValid
            ? new Valid(outcome, title!, description, owner!, partner, starts, due, status!.Value, measure)
            : null;
    }

    private static string? Required(ModelStateDictionary state, string key, string? value, string missing, string what, int max)
    {
        var clean = Choices.Clean(value);
        if (clean is null) state.AddModelError(key, missing);
        else if (clean.Length > max) state.AddModelError(key, $"{what} must be {max:N0} characters or fewer");
        return clean;
    }
}
