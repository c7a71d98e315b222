namespace CoParent.Core.Voice;

public enum DecisionMakers
{
    CorporateParentingPanel = 0,
    Directors = 1,
    PartnershipBoard = 2,
    Other = 3,
}

/// <summary>
/// A meeting where children in care or care leavers spoke with people who decide about their care (the strategy's
/// Outcome 2 counts these each year).
/// </summary>
public class DecisionMakerMeeting
{
    public int Id { get; set; }
    public DateOnly HeldOn { get; set; }
    public DecisionMakers With { get; set; }

    /// <summary>Who, when <see cref="With"/> is Other.</summary>
    public string? WithOther { get; set; }

    public int ChildrenTookPart { get; set; }
    public string Topics { get; set; } = "";
    public DateTime RecordedAtUtc { get; set; }

    public static string Describe(DecisionMakers with) => with switch
    {
        DecisionMakers.CorporateParentingPanel => "Corporate Parenting Panel",
        DecisionMakers.Directors => "Directors",
        DecisionMakers.PartnershipBoard => "CiCLC Partnership Board",
        _ => "Other decision-makers",
    };

    public string WithWhom => With == DecisionMakers.Other && !string.IsNullOrWhiteSpace(WithOther) ? WithOther : Describe(With);
}
