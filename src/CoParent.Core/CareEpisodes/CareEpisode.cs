using CoParent.Core.Children;

namespace CoParent.Core.CareEpisodes;

/// <summary>
/// One SSDA903 episode: a span of care with one legal status and one placement. A new episode starts
/// whenever the legal status, the placement or both change (RNE says which). Fields are named as the
/// DfE names them (ssda903.md §2); the derived PL_LA, PL_LOCATION and PL_DISTANCE are worked out from
/// the postcodes when the episode is saved (ssda903.md §4).
/// </summary>
public class CareEpisode
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    /// <summary>DECOM: the date the episode began.</summary>
    public DateOnly Decom { get; set; }

    /// <summary>RNE: reason for new episode (S, P, L, T, U, B).</summary>
    public string Rne { get; set; } = "S";

    /// <summary>LS: legal status.</summary>
    public string Ls { get; set; } = "";

    /// <summary>CIN: category of need (N1 to N8).</summary>
    public string Cin { get; set; } = "";

    /// <summary>PLACE: placement type.</summary>
    public string Place { get; set; } = "";

    /// <summary>PLACE_PROVIDER: PR0 to PR5; blank for temporary and Z1x placements.</summary>
    public string? PlaceProvider { get; set; }

    /// <summary>DEC: the date the episode ceased; null while it is open.</summary>
    public DateOnly? Dec { get; set; }

    /// <summary>REC: reason the episode ceased.</summary>
    public string? Rec { get; set; }

    /// <summary>REASON_PLACE_CHANGE: why the placement ended, when it did.</summary>
    public string? ReasonPlaceChange { get; set; }

    /// <summary>HOME_POST: the child's home postcode when the episode began.</summary>
    public string? HomePost { get; set; }

    /// <summary>PL_POST: the placement's postcode.</summary>
    public string? PlPost { get; set; }

    /// <summary>URN: Ofsted unique reference number of the placement, or XXXXXXX.</summary>
    public string? Urn { get; set; }

    /// <summary>Not in the return: the carer or provider's name, so people can recognise the placement.</summary>
    public string? CarerName { get; set; }

    /// <summary>Not in the return: the foster household the child lives with (its ethnicity and religion), when recorded.</summary>
    public int? CarerHouseholdId { get; set; }

    /// <summary>Derived PL_LA: upper-tier LA of PL_POST, or SCO/NIR/WAL.</summary>
    public string? PlLa { get; set; }

    /// <summary>Derived PL_LOCATION: IN or OUT of the council's area; null when PL_POST is unknown.</summary>
    public string? PlLocation { get; set; }

    /// <summary>Derived PL_DISTANCE: straight-line miles from HOME_POST to PL_POST, to 0.1.</summary>
    public double? PlDistance { get; set; }

    public bool IsOpenOn(DateOnly date) => Decom <= date && (Dec is null || Dec > date);
}
