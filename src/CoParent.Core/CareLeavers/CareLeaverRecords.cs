using CoParent.Core.Children;

namespace CoParent.Core.CareLeavers;

/// <summary>
/// A young person's pathway plan: the needs assessment it rests on, when it was agreed and each review since.
/// One per young person; the plan is reviewed, not replaced.
/// </summary>
public class PathwayPlan
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    public DateOnly? NeedsAssessmentDate { get; set; }
    public DateOnly? AgreedDate { get; set; }
    public List<PathwayPlanReview> Reviews { get; set; } = [];

    public DateOnly? NextReviewDue => PathwayTimetable.NextReviewDue(AgreedDate, Reviews.Select(r => r.ReviewDate));
}

public class PathwayPlanReview
{
    public int Id { get; set; }
    public int PathwayPlanId { get; set; }
    public DateOnly ReviewDate { get; set; }

    /// <summary>What changed in the plan at the review, in the adviser's words.</summary>
    public string WhatChanged { get; set; } = "";
}

/// <summary>What the young person was mainly doing from a date: an SSDA903 ACTIV code, with the details the measures ask.</summary>
public class EducationEmploymentStatus
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public DateOnly From { get; set; }

    /// <summary>ACTIV code: F1 to P5 in education, employment or training; G4, G5, G6 not.</summary>
    public string Activity { get; set; } = "";

    /// <summary>For someone not in education, employment or training: whether they are actively looking for work.</summary>
    public bool? ActivelySeekingWork { get; set; }

    /// <summary>For an apprenticeship, training or a job: whether the council is the employer.</summary>
    public bool? EmployedByCouncil { get; set; }
}

/// <summary>Where the young person lived from a date: an SSDA903 ACCOM code, whose second character says whether it is suitable.</summary>
public class AccommodationRecord
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public DateOnly From { get; set; }

    /// <summary>ACCOM code, e.g. U1 (independent living, suitable) or Z1 (with former foster carers: Staying Put).</summary>
    public string Code { get; set; } = "";
    public string? Postcode { get; set; }

    public bool IsSuitable => CareLeaverCodes.IsSuitable(Code);
    public bool IsStayingPut => CareLeaverCodes.IsStayingPut(Code);
}

/// <summary>The support around a care leaver that is not a history: contact, parenthood, council tax and the council's job offers.</summary>
public class CareLeaverSupport
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    /// <summary>IN_TOUCH code: YES, NO, DIED, REFU, NREQ or RHOM.</summary>
    public string InTouch { get; set; } = "YES";

    public bool IsParent { get; set; }

    /// <summary>The young person's own children's ages, as the adviser writes them ("2 and 4").</summary>
    public string? ChildrenAges { get; set; }
    public DateOnly? CoGrandparentOffered { get; set; }
    public DateOnly? CoGrandparentAccepted { get; set; }

    public DateOnly? CouncilTaxExemptFrom { get; set; }
    public DateOnly? CouncilTaxExemptTo { get; set; }

    public DateOnly? GuaranteedInterviewOffered { get; set; }
    public DateOnly? GuaranteedInterviewUsed { get; set; }
}
