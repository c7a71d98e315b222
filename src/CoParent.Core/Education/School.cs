namespace CoParent.Core.Education;

/// <summary>The phase of education, as Get Information about Schools (GIAS) names it.</summary>
public enum SchoolPhase
{
    NotApplicable = 0,
    Nursery = 1,
    Primary = 2,
    MiddleDeemedPrimary = 3,
    Secondary = 4,
    MiddleDeemedSecondary = 5,
    AllThrough = 6,
    SixteenPlus = 7,
}

/// <summary>Ofsted's overall effectiveness grade at the last full inspection, where there was one.</summary>
public enum OfstedRating
{
    Outstanding = 1,
    Good = 2,
    RequiresImprovement = 3,
    Inadequate = 4,
}

/// <summary>
/// A school, college or other education setting: reference data imported from a CSV of establishments (GIAS), so the
/// Virtual School's roll can name every child's school wherever in the country it is.
/// </summary>
public class School
{
    public int Id { get; set; }

    /// <summary>Unique Reference Number: six digits, the key a school keeps for life.</summary>
    public string Urn { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The establishment type as GIAS writes it, e.g. "Academy converter", "Further education".</summary>
    public string EstablishmentType { get; set; } = "";

    public SchoolPhase Phase { get; set; }

    /// <summary>The local authority the school is in: its three-digit DfE code (Essex is 881) and name.</summary>
    public string LaCode { get; set; } = "";
    public string LaName { get; set; } = "";

    public string? Postcode { get; set; }
    public OfstedRating? OfstedRating { get; set; }

    /// <summary>The school's designated teacher for looked-after children (a contact; the person may have no account).</summary>
    public string? DesignatedTeacherName { get; set; }
    public string? DesignatedTeacherEmail { get; set; }
}
