using CoParent.Core.Allocations;
using CoParent.Core.CareEpisodes;

namespace CoParent.Core.Children;

/// <summary>
/// A child or young person the council is (or was) corporate parent to. The fields match the
/// SSDA903 Header and UASC tables (ssda903.md §2) plus what a social worker needs day to day.
/// </summary>
public class Child
{
    public int Id { get; set; }

    /// <summary>The council's own person ID: the SSDA903 CHILD key, at most 10 characters.</summary>
    public string PersonId { get; set; } = "";

    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";
    public string? PreferredName { get; set; }

    /// <summary>The names as the register's search compares them (<see cref="NameSearch"/>); kept by <see cref="RefreshSearchNames"/>.</summary>
    public string SearchGivenName { get; set; } = "";
    public string SearchFamilyName { get; set; } = "";
    public string? SearchPreferredName { get; set; }
    public DateOnly DateOfBirth { get; set; }

    /// <summary>SSDA903 SEX from 2024/25: M, F or U (rule 101).</summary>
    public string Sex { get; set; } = "U";

    /// <summary>SSDA903 ETHNIC: a long GIAS ethnicity code (rule 103).</summary>
    public string Ethnicity { get; set; } = "NOBT";

    public string? Religion { get; set; }
    public string? FirstLanguage { get; set; }

    /// <summary>Unaccompanied asylum-seeking child (a "Separated Migrant Child" in the council's words).</summary>
    public bool IsUasc { get; set; }

    /// <summary>SSDA903 DUC: the date UASC status ceased.</summary>
    public DateOnly? UascCeased { get; set; }

    public bool HasDisability { get; set; }
    public string? DisabilityDetail { get; set; }

    /// <summary>Unique pupil number, or UN1 to UN5 (rule 168).</summary>
    public string? Upn { get; set; }

    public string? HomePostcode { get; set; }

    /// <summary>SSDA903 MOTHER: whether the child is a mother; null when not recorded.</summary>
    public bool? Mother { get; set; }

    /// <summary>SSDA903 MC_DOB: the date of birth of the mother's first child.</summary>
    public DateOnly? MotherChildDob { get; set; }

    /// <summary>Concurrency token: a second person editing the same record is told, never overwritten.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTime CreatedAtUtc { get; set; }

    public List<CareEpisode> Episodes { get; set; } = [];
    public List<Allocation> Allocations { get; set; } = [];

    public string DisplayName => NameToShow(GivenName, FamilyName, PreferredName, PersonId);

    /// <summary>
    /// The name pages show: the preferred name (or first name) and last name. A child imported from an SSDA903
    /// return has no names (the return carries none) until someone adds them, so is shown by person ID.
    /// </summary>
    public static string NameToShow(string? given, string? family, string? preferred, string personId) =>
        string.IsNullOrWhiteSpace(given) && string.IsNullOrWhiteSpace(family) && string.IsNullOrWhiteSpace(preferred)
            ? "Child " + personId
            : $"{(string.IsNullOrWhiteSpace(preferred) ? given : preferred)} {family}".Trim();

    public string FullName => $"{GivenName} {FamilyName}";

    /// <summary>Brings the search forms of the names up to date; the database context calls it on every save.</summary>
    public void RefreshSearchNames()
    {
        SearchGivenName = NameSearch.Normalise(GivenName);
        SearchFamilyName = NameSearch.Normalise(FamilyName);
        SearchPreferredName = string.IsNullOrWhiteSpace(PreferredName) ? null : NameSearch.Normalise(PreferredName);
    }
}
