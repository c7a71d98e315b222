using CoParent.Core.Children;

namespace CoParent.Core.Education;

public enum SchoolTerm
{
    Autumn = 1,
    Spring = 2,
    Summer = 3,
}

/// <summary>Where a PEP is in its workflow: written, sent to the Virtual School, sent back with a reason, or approved and locked.</summary>
public enum PepStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Approved = 4,
}

/// <summary>Whether a PEP target was met, judged at the next PEP meeting.</summary>
public enum PepTargetOutcome
{
    NotYetReviewed = 0,
    Met = 1,
    PartlyMet = 2,
    NotMet = 3,
}

/// <summary>
/// A child's Personal Education Plan for one term: part of the care plan for every child in care from the academic
/// year of their third birthday to the end of Year 13 (statutory guidance "Promoting the education of looked-after
/// and previously looked-after children", 2018). The PEP feature adds its sections, versions and quality assurance.
/// </summary>
public class PersonalEducationPlan
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    /// <summary>The calendar year the academic year starts in (2026 for 2026-27).</summary>
    public int AcademicYear { get; set; }
    public SchoolTerm Term { get; set; }

    public PepStatus Status { get; set; } = PepStatus.Draft;

    /// <summary>The date the PEP must be completed by (set by the Virtual School's termly deadline or a statutory trigger).</summary>
    public DateOnly DueBy { get; set; }

    public DateOnly? MeetingDate { get; set; }

    public List<PepTarget> Targets { get; set; } = [];
}

/// <summary>A SMART target in a PEP: what, who does it, by when; Pupil Premium Plus is committed against these.</summary>
public class PepTarget
{
    public int Id { get; set; }
    public int PersonalEducationPlanId { get; set; }
    public PersonalEducationPlan? PersonalEducationPlan { get; set; }

    public string Description { get; set; } = "";
    public string WhoWillDoIt { get; set; } = "";
    public DateOnly? ByWhen { get; set; }
    public PepTargetOutcome Outcome { get; set; }

    /// <summary>Pupil Premium Plus the PEP asks for to meet this target, in pounds; null when none is asked for.</summary>
    public decimal? PupilPremiumRequested { get; set; }
}
