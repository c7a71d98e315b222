namespace CoParent.Core.Education;

/// <summary>The groups of children the Virtual School has duties to (Children and Families Act 2014 s22; Children and Social Work Act 2017).</summary>
public enum RollCohort
{
    /// <summary>In the council's care, from the academic year of their third birthday to the end of Year 13.</summary>
    InCare = 1,

    /// <summary>Left care through adoption, special guardianship or a child arrangements order: advice and information only, no PEP.</summary>
    PreviouslyLookedAfter = 2,

    /// <summary>Children with a social worker (children in need and on protection plans): strategic leadership, counted only.</summary>
    WithSocialWorker = 3,

    /// <summary>Care leavers up to 25 whose latest activity is education.</summary>
    CareLeaverInEducation = 4,
}

/// <summary>Stage of education by national curriculum year.</summary>
public enum RollPhase
{
    EarlyYears = 1,
    Primary = 2,
    Secondary = 3,
    PostSixteen = 4,
}

public static class RollCohorts
{
    /// <summary>The academic year in which a child turns 3 is two years before Reception: the roll starts there.</summary>
    public const int FirstYearGroup = -2;
    public const int LastYearGroup = 13;

    public static bool IsRollAge(int yearGroup) => yearGroup is >= FirstYearGroup and <= LastYearGroup;

    /// <summary>
    /// Reasons an episode ceased that make a child previously looked after (REC E11, E12 adoption; E41 and E43 to E48
    /// a child arrangements order or special guardianship), as the 2018 statutory guidance defines them.
    /// </summary>
    public static readonly IReadOnlySet<string> PreviouslyLookedAfterReasons =
        new HashSet<string>(StringComparer.Ordinal) { "E11", "E12", "E41", "E43", "E44", "E45", "E46", "E47", "E48" };

    public static bool LeftCareToPermanence(string? reasonCeased) => reasonCeased is not null && PreviouslyLookedAfterReasons.Contains(reasonCeased);

    public static RollPhase PhaseOf(int yearGroup) => yearGroup switch
    {
        < SchoolYear.Reception => RollPhase.EarlyYears,
        <= 6 => RollPhase.Primary,
        <= 11 => RollPhase.Secondary,
        _ => RollPhase.PostSixteen,
    };

    public static string Label(RollCohort cohort) => cohort switch
    {
        RollCohort.InCare => "Children in care",
        RollCohort.PreviouslyLookedAfter => "Previously looked-after children",
        RollCohort.WithSocialWorker => "Children with a social worker",
        _ => "Care leavers in education",
    };

    public static string Label(RollPhase phase) => phase switch
    {
        RollPhase.EarlyYears => "Early years",
        RollPhase.Primary => "Primary",
        RollPhase.Secondary => "Secondary",
        _ => "Post-16",
    };

    public static string Label(SenProvision sen) => sen switch
    {
        SenProvision.SenSupport => "SEN support",
        SenProvision.EducationHealthAndCarePlan => "EHC plan",
        _ => "None",
    };

    public static string YearGroupLabel(int yearGroup) => yearGroup == FirstYearGroup ? "Early years (turning 3)" : SchoolYear.YearGroupLabel(yearGroup);
}
