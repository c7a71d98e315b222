using CoParent.Core.Children;

namespace CoParent.Core.Family;

/// <summary>
/// A child's care plan as agreed on a date (Care Planning Regulations 2010, reg 5), with the date it is next
/// reviewed. A newer plan replaces the older one: the current plan is the latest agreed on or before a date.
/// </summary>
public class CarePlan
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    public DateOnly AgreedOn { get; set; }
    public DateOnly ReviewBy { get; set; }

    /// <summary>When the plan is that the child has no family time, why (e.g. a court's order, the child's wish).</summary>
    public string? NoFamilyTimeReason { get; set; }

    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>
/// The plan for permanence (Care Planning Regulations 2010, reg 5(a) and Schedule 1; the DfE's care planning
/// guidance asks for it by the second review): where the child will grow up, set on a date and achieved on a date.
/// </summary>
public class PermanencePlan
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    public PermanenceGoal Plan { get; set; }
    public DateOnly SetOn { get; set; }
    public DateOnly? AchievedOn { get; set; }

    public DateTime RecordedAtUtc { get; set; }
}

public enum PermanenceGoal
{
    ReturnToFamily = 1,
    Adoption = 2,
    SpecialGuardianship = 3,
    ChildArrangementsOrder = 4,
    LongTermFostering = 5,
    ResidentialCare = 6,
    SupportedIndependence = 7,
}
