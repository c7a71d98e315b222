using CoParent.Core.Children;

namespace CoParent.Core.Family;

/// <summary>
/// Who a child in care sees from their family and friends, how often and how: the "family time" (contact)
/// part of the care plan (Children Act 1989 s34; Care Planning Regulations 2010). An arrangement is current
/// from <see cref="From"/> until <see cref="To"/> (null: still current).
/// </summary>
public class FamilyTimeArrangement
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    /// <summary>The person's name as the child knows them, e.g. "Mum (Sarah)".</summary>
    public string WithName { get; set; } = "";

    public FamilyRelationship Relationship { get; set; }
    public FamilyTimeFrequency Frequency { get; set; }
    public FamilyTimeMethod Method { get; set; }
    public bool Supervised { get; set; }

    /// <summary>Who supervises, when it is supervised (a family support worker, a contact centre...).</summary>
    public string? SupervisedBy { get; set; }

    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }

    /// <summary>What the child says about it, in their own words.</summary>
    public string? ChildsView { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public bool IsCurrentOn(DateOnly date) => From <= date && (To is null || To >= date);
}

public enum FamilyRelationship
{
    Mother = 1,
    Father = 2,
    Brother = 3,
    Sister = 4,
    Grandparent = 5,
    OtherRelative = 6,
    Friend = 7,
    Other = 8,
}

public enum FamilyTimeFrequency
{
    Weekly = 1,
    Fortnightly = 2,
    Monthly = 3,
    EveryFewMonths = 4,
    Yearly = 5,
    IndirectOnly = 6,
    AsArranged = 7,
}

public enum FamilyTimeMethod
{
    InPerson = 1,
    Video = 2,
    Phone = 3,
    Letters = 4,
}
