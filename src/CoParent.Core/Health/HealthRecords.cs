using CoParent.Core.Children;

namespace CoParent.Core.Health;

public enum HealthAssessmentKind
{
    /// <summary>The first assessment after a period of care starts, by a registered medical practitioner.</summary>
    Initial = 1,
    /// <summary>A review health assessment: six-monthly under 5, yearly from 5.</summary>
    Review = 2,
}

/// <summary>A statutory health assessment held for a child in care.</summary>
public class HealthAssessment
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public HealthAssessmentKind Kind { get; set; }
    public DateOnly HeldOn { get; set; }

    /// <summary>Who held it, as the worker writes it, e.g. "Dr Amara Osei (LAC health team)".</summary>
    public string HeldBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>A check of the child's teeth by a dentist.</summary>
public class DentalCheck
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public DateOnly CheckedOn { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>Whether the child's immunisations were up to date when someone checked them.</summary>
public class ImmunisationCheck
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public DateOnly CheckedOn { get; set; }
    public bool UpToDate { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>Who filled in a Strengths and Difficulties Questionnaire.</summary>
public enum SdqInformant
{
    Carer = 1,
    Teacher = 2,
    YoungPerson = 3,
}

/// <summary>A Strengths and Difficulties Questionnaire's total difficulties score (0 to 40; lower is better).</summary>
public class SdqAssessment
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public DateOnly CompletedOn { get; set; }
    public int TotalScore { get; set; }
    public SdqInformant CompletedBy { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>What a health passport holds (any mix).</summary>
[Flags]
public enum HealthPassportContents
{
    None = 0,
    HealthHistory = 1,
    ImmunisationRecord = 2,
    GpAndDentist = 4,
    NhsNumber = 8,
    MentalHealthContacts = 16,
}

/// <summary>A health passport given to a young person leaving care: their health history to keep.</summary>
public class HealthPassport
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public DateOnly GivenOn { get; set; }
    public HealthPassportContents Contents { get; set; }

    /// <summary>Anything else it holds, in the worker's words.</summary>
    public string? OtherContents { get; set; }

    public DateTime RecordedAtUtc { get; set; }
}

public static class HealthPassportItems
{
    public static readonly IReadOnlyList<(HealthPassportContents Item, string Text)> All =
    [
        (HealthPassportContents.HealthHistory, "Summary of their health history"),
        (HealthPassportContents.ImmunisationRecord, "Immunisation record"),
        (HealthPassportContents.GpAndDentist, "GP and dentist details"),
        (HealthPassportContents.NhsNumber, "NHS number"),
        (HealthPassportContents.MentalHealthContacts, "Mental health support contacts"),
    ];

    public static IEnumerable<string> Describe(HealthPassportContents contents) =>
        All.Where(i => contents.HasFlag(i.Item)).Select(i => i.Text);
}
