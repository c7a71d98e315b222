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

    // The child's voice, in their own words (social worker's section).
    public string? ChildLikes { get; set; }
    public string? ChildFindsHard { get; set; }
    public string? ChildWants { get; set; }
    public string? CareContext { get; set; }

    // Attainment and progress against expected (designated teacher's section).
    public string? AttainmentNotes { get; set; }
    public ProgressAgainstExpected EnglishProgress { get; set; }
    public ProgressAgainstExpected MathsProgress { get; set; }
    public ProgressAgainstExpected ScienceProgress { get; set; }

    public string? SupportAndInterventions { get; set; }
    public string? MeetingAttendees { get; set; }

    /// <summary>Who last changed each section and when: either the social worker or the designated teacher may edit in draft.</summary>
    public string? VoiceChangedBy { get; set; }
    public DateTime? VoiceChangedAt { get; set; }
    public string? AttainmentChangedBy { get; set; }
    public DateTime? AttainmentChangedAt { get; set; }
    public string? TargetsChangedBy { get; set; }
    public DateTime? TargetsChangedAt { get; set; }
    public string? SupportChangedBy { get; set; }
    public DateTime? SupportChangedAt { get; set; }
    public string? MeetingChangedBy { get; set; }
    public DateTime? MeetingChangedAt { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? ApprovedAt { get; set; }

    // Quality assurance by the Virtual School.
    public string? ReturnReason { get; set; }
    public PepRating? QaRating { get; set; }
    public string? QaFeedback { get; set; }
    /// <summary>The checklist items (<see cref="PepQaChecklist"/> keys) judged met, comma-separated.</summary>
    public string? QaItemsMet { get; set; }
    public string? QaBy { get; set; }
    public DateTime? QaAt { get; set; }

    public List<PepVersion> Versions { get; set; } = [];

    /// <summary>An approved PEP is locked; a returned one goes back to its writers.</summary>
    public bool IsEditable => Status is PepStatus.Draft or PepStatus.Returned;
}

/// <summary>Progress in a core subject against what is expected for the child's age.</summary>
public enum ProgressAgainstExpected
{
    NotRecorded = 0,
    WorkingTowards = 1,
    AtExpected = 2,
    AboveExpected = 3,
}

/// <summary>The Virtual School's quality rating of a PEP.</summary>
public enum PepRating
{
    Red = 1,
    Amber = 2,
    Green = 3,
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

    /// <summary>What the next PEP meeting said about the target; recorded after approval without unlocking the PEP.</summary>
    public string? OutcomeNote { get; set; }

    /// <summary>The date the outcome was judged (usually the next PEP meeting).</summary>
    public DateOnly? OutcomeOn { get; set; }

    public string? OutcomeRecordedBy { get; set; }
    public DateTimeOffset? OutcomeRecordedAt { get; set; }

    /// <summary>Pupil Premium Plus the PEP asks for to meet this target, in pounds; null when none is asked for.</summary>
    public decimal? PupilPremiumRequested { get; set; }
}
