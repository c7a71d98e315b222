using CoParent.Core.Children;

namespace CoParent.Core.Adoption;

/// <summary>A decision that a child should be placed for adoption, and when and why it stopped applying (SSDA903 PlacedAdoption table).</summary>
public class PlacementForAdoptionDecision
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    /// <summary>DATE_PLACED: the date of the decision that the child should be placed for adoption.</summary>
    public DateOnly DecidedOn { get; set; }

    /// <summary>DATE_PLACED_CEASED: the date of the decision that the child should no longer be placed.</summary>
    public DateOnly? CeasedOn { get; set; }

    /// <summary>REASON_PLACED_CEASED: RD1 to RD4.</summary>
    public string? CeasedReason { get; set; }
}
