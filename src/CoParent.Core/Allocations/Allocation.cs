using CoParent.Core.Children;

namespace CoParent.Core.Allocations;

public enum AllocationRole
{
    SocialWorker = 1,
    IndependentReviewingOfficer = 2,

    /// <summary>A care leaver's personal adviser (from 16 to 25; Children (Leaving Care) Act 2000).</summary>
    PersonalAdviser = 3,

    /// <summary>The Virtual School officer whose caseload the child is on.</summary>
    VirtualSchoolOfficer = 4,
}

/// <summary>Who is allocated to a child, in what role, from when to when. Access to the record follows these.</summary>
public class Allocation
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public AllocationRole Role { get; set; }

    /// <summary>The worker's user ID (ASP.NET Core Identity).</summary>
    public string UserId { get; set; } = "";

    /// <summary>The team the child is held in while this allocation lasts (social worker allocations).</summary>
    public int? TeamId { get; set; }
    public Team? Team { get; set; }

    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }

    public bool IsCurrentOn(DateOnly date) => From <= date && (To is null || To >= date);
}

public class Team
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
}
