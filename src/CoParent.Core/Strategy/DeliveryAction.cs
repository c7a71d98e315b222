namespace CoParent.Core.Strategy;

/// <summary>Where a delivery-plan action stands, as the Panel's reports say it.</summary>
public enum ActionStatus
{
    NotStarted = 0,
    OnTrack = 1,
    AtRisk = 2,
    OffTrack = 3,
    Complete = 4,
}

/// <summary>
/// An action in the strategy's delivery plan for one Outcome: the strategy's "Taking action" bullets seed them, and
/// the council and its partners add their own. Owners are often partner organisations or named officers without a
/// CoParent account, so the owner is a name, not a user.
/// </summary>
public class DeliveryAction
{
    public int Id { get; set; }

    /// <summary>The strategy's Outcome number (1 to 7), stable across wording changes.</summary>
    public int Outcome { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string Owner { get; set; } = "";
    public string? Partner { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? DueOn { get; set; }
    public ActionStatus Status { get; set; }

    /// <summary>The measure (an Id in <see cref="MeasureCatalogue"/>) the action should move, if any.</summary>
    public string? MeasureId { get; set; }

    /// <summary>The Children in Care Council suggested the action.</summary>
    public bool SuggestedByCicc { get; set; }

    /// <summary>When the Children in Care Council last reviewed the action, and what they said.</summary>
    public DateOnly? CiccReviewedOn { get; set; }
    public string? CiccComments { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public List<DeliveryActionUpdate> Updates { get; set; } = [];

    public bool IsOverdue(DateOnly today) => Status != ActionStatus.Complete && DueOn is { } due && due < today;

    public static string Describe(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "Not started",
        ActionStatus.OnTrack => "On track",
        ActionStatus.AtRisk => "At risk",
        ActionStatus.OffTrack => "Off track",
        ActionStatus.Complete => "Complete",
        _ => status.ToString(),
    };
}

/// <summary>A progress note on an action, with its evidence and the status it left the action in.</summary>
public class DeliveryActionUpdate
{
    public int Id { get; set; }
    public int DeliveryActionId { get; set; }
    public DateOnly WrittenOn { get; set; }
    public string Note { get; set; } = "";

    /// <summary>What shows the progress: a report, a link, a meeting's minutes.</summary>
    public string? Evidence { get; set; }
    public ActionStatus Status { get; set; }
    public string WrittenBy { get; set; } = "";
    public DateTime RecordedAtUtc { get; set; }
}
