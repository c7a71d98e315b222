using CoParent.Core.Children;

namespace CoParent.Core.Family;

/// <summary>
/// Two children on CoParent who are brothers or sisters, recorded once and shown from both sides. The lower
/// child ID is always <see cref="ChildId"/>, so the same pair cannot be recorded twice. The decision whether
/// they are placed together is recorded here; whether they live together now is worked out from their
/// placements (<see cref="SiblingPlacement"/>), never typed.
/// </summary>
public class SiblingLink
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public int SiblingId { get; set; }
    public Child? Sibling { get; set; }

    public SiblingRelationship Relationship { get; set; }

    /// <summary>Whether the plan is for them to be placed together (Care Planning Regulations 2010, reg 8: siblings placed together where practicable).</summary>
    public bool PlacedTogether { get; set; }

    /// <summary>Why not, when the plan is to place them apart.</summary>
    public ApartReason? ApartReason { get; set; }

    public string? ApartDetail { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    /// <summary>The pair in the stored order: lower ID first.</summary>
    public static (int ChildId, int SiblingId) Ordered(int a, int b) => a < b ? (a, b) : (b, a);

    /// <summary>The other child of the pair, seen from <paramref name="childId"/>.</summary>
    public int OtherThan(int childId) => childId == ChildId ? SiblingId : ChildId;
}

public enum SiblingRelationship
{
    Full = 1,
    Half = 2,
    Step = 3,
}

public enum ApartReason
{
    AssessedBetterApart = 1,
    NoPlacementTogether = 2,
    OneNotInCare = 3,
    Other = 4,
}
