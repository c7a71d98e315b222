namespace CoParent.Core.Identity;

/// <summary>
/// A foster family as the council knows it: the household children are placed with, its ethnicity and religion,
/// so that "placed with carers of the same ethnic background or religion" is worked out from records. Episodes
/// link to it through <c>CareEpisode.CarerHouseholdId</c> (not part of the SSDA903 return).
/// </summary>
public class CarerHousehold
{
    public int Id { get; set; }

    /// <summary>The household's name as episodes record the carers, e.g. "Mr and Mrs Okafor".</summary>
    public string Name { get; set; } = "";

    /// <summary>PLACE_PROVIDER: PR1 for the council's own carers, PR4 for an agency's, and so on.</summary>
    public string? PlaceProvider { get; set; }

    /// <summary>The fostering agency, when the carers are an agency's.</summary>
    public string? Agency { get; set; }

    /// <summary>The household's main ethnicity, a DfE ETHNIC code.</summary>
    public string Ethnicity { get; set; } = "NOBT";

    /// <summary>A second ethnicity, when the carers' backgrounds differ.</summary>
    public string? SecondEthnicity { get; set; }

    /// <summary>One of <see cref="Religions.Choices"/>; null when not recorded.</summary>
    public string? Religion { get; set; }

    public const int NameMaxLength = 120;
    public const int AgencyMaxLength = 120;
}
