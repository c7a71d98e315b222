using CoParent.Core.CareEpisodes;

namespace CoParent.Core.Ssda903.Returns;

/// <summary>
/// One row of a return table. <see cref="Row"/> is the row's number among the file's data rows (the first
/// row under the column names is row 1), which is how the DfE's portal and error reports count them.
/// Code cells are held in upper case, as the DfE compares codes case-insensitively (ssda903.md §1).
/// </summary>
public abstract record ReturnRow
{
    public string Child { get; init; } = "";
    public int Row { get; init; }

    public abstract ReturnTable Table { get; }

    /// <summary>The row's cells in the table's column order, as they are written to a CSV file.</summary>
    public abstract string?[] ToFields();

    protected static string? D(DateValue d) => d.IsBlank ? null : d.ToString();
}

/// <summary>Rows of the tables that repeat the child's date of birth.</summary>
public abstract record ChildDobRow : ReturnRow
{
    public DateValue Dob { get; init; }
}

public sealed record HeaderRow : ChildDobRow
{
    public string? Sex { get; init; }
    public string? Ethnic { get; init; }
    public string? Upn { get; init; }
    public string? Mother { get; init; }
    public DateValue McDob { get; init; }

    /// <summary>Derived on load: "1" when the child appears in the UASC table, otherwise "0" (the XML form carries it).</summary>
    public string? Uasc { get; set; }

    public override ReturnTable Table => ReturnTable.Header;
    public override string?[] ToFields() => [Child, Sex, D(Dob), Ethnic, Upn, Mother, D(McDob)];
}

public sealed record EpisodeRow : ReturnRow
{
    public DateValue Decom { get; init; }
    public string? Rne { get; init; }
    public string? Ls { get; init; }
    public string? Cin { get; init; }
    public string? Place { get; init; }
    public string? PlaceProvider { get; init; }
    public DateValue Dec { get; init; }
    public string? Rec { get; init; }
    public string? ReasonPlaceChange { get; init; }
    public string? HomePost { get; init; }
    public string? PlPost { get; init; }
    public string? Urn { get; init; }

    /// <summary>Derived PL_LA (ssda903.md §4); null when PL_POST is blank or unknown.</summary>
    public string? PlLa { get; set; }

    /// <summary>Derived PL_LOCATION: IN or OUT; null when PL_LA is unknown.</summary>
    public string? PlLocation { get; set; }

    /// <summary>Derived PL_DISTANCE in miles to 0.1; null when either postcode is blank or unknown.</summary>
    public double? PlDistance { get; set; }

    /// <summary>Derived: HOME_POST was found in the postcode directory (null when no lookup has run).</summary>
    public bool? HomePostKnown { get; set; }

    /// <summary>Derived: PL_POST was found in the postcode directory (null when no lookup has run).</summary>
    public bool? PlPostKnown { get; set; }

    public override ReturnTable Table => ReturnTable.Episodes;
    public override string?[] ToFields() =>
        [Child, D(Decom), Rne, Ls, Cin, Place, PlaceProvider, D(Dec), Rec, ReasonPlaceChange, HomePost, PlPost, Urn];

    /// <summary>
    /// A recorded episode as a return made at <paramref name="asAt"/> (the year's 31 March, or earlier) shows it:
    /// an episode that ended later was still open then, so DEC, REC and REASON_PLACE_CHANGE are blank (rules 385
    /// and 388). The derived placement fields come with it.
    /// </summary>
    public static EpisodeRow FromRecord(string child, CareEpisode e, DateOnly asAt)
    {
        var ended = e.Dec <= asAt;
        return new EpisodeRow
        {
            Child = child, Decom = e.Decom, Rne = Blank(e.Rne), Ls = Blank(e.Ls), Cin = Blank(e.Cin), Place = Blank(e.Place),
            PlaceProvider = e.PlaceProvider, Dec = ended ? e.Dec!.Value : DateValue.Blank, Rec = ended ? e.Rec : null,
            ReasonPlaceChange = ended ? e.ReasonPlaceChange : null,
            HomePost = e.HomePost, PlPost = e.PlPost, Urn = e.Urn, PlLa = e.PlLa, PlLocation = e.PlLocation, PlDistance = e.PlDistance,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

public sealed record UascRow : ChildDobRow
{
    public string? Sex { get; init; }
    public DateValue Duc { get; init; }

    public override ReturnTable Table => ReturnTable.Uasc;
    public override string?[] ToFields() => [Child, Sex, D(Dob), D(Duc)];
}

public sealed record ReviewRow : ChildDobRow
{
    public DateValue Review { get; init; }
    public string? ReviewCode { get; init; }

    public override ReturnTable Table => ReturnTable.Reviews;
    public override string?[] ToFields() => [Child, D(Dob), D(Review), ReviewCode];
}

public sealed record Oc2Row : ChildDobRow
{
    /// <summary>SDQ_SCORE as written (0 to 40 when valid); rule 180 checks it.</summary>
    public string? SdqScore { get; init; }
    public string? SdqReason { get; init; }
    public string? Convicted { get; init; }
    public string? HealthCheck { get; init; }
    public string? Immunisations { get; init; }
    public string? TeethCheck { get; init; }
    public string? HealthAssessment { get; init; }
    public string? SubstanceMisuse { get; init; }
    public string? InterventionReceived { get; init; }
    public string? InterventionOffered { get; init; }

    public override ReturnTable Table => ReturnTable.OC2;
    public override string?[] ToFields() =>
        [Child, D(Dob), SdqScore, SdqReason, Convicted, HealthCheck, Immunisations, TeethCheck, HealthAssessment,
         SubstanceMisuse, InterventionReceived, InterventionOffered];
}

public sealed record Oc3Row : ChildDobRow
{
    public string? InTouch { get; init; }
    public string? Activ { get; init; }
    public string? Accom { get; init; }

    /// <summary>The care leaver items, as the rules name them.</summary>
    public static readonly string[] CareLeaverFields = ["IN_TOUCH", "ACTIV", "ACCOM"];

    /// <summary>Any of IN_TOUCH, ACTIV or ACCOM is completed.</summary>
    public bool HasCareLeaverItems => !string.IsNullOrWhiteSpace(InTouch) || !string.IsNullOrWhiteSpace(Activ) || !string.IsNullOrWhiteSpace(Accom);

    public override ReturnTable Table => ReturnTable.OC3;
    public override string?[] ToFields() => [Child, D(Dob), InTouch, Activ, Accom];
}

public sealed record Ad1Row : ChildDobRow
{
    public DateValue DateInt { get; init; }
    public DateValue DateMatch { get; init; }
    public string? FosterCare { get; init; }
    public string? NbAdoptr { get; init; }
    public string? SexAdoptr { get; init; }
    public string? LsAdoptr { get; init; }

    /// <summary>The adoption items, as the rules name them.</summary>
    public static readonly string[] AdoptionFields = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];

    /// <summary>Any adoption item is completed.</summary>
    public bool HasAdoptionItems =>
        !DateInt.IsBlank || !DateMatch.IsBlank || !string.IsNullOrWhiteSpace(FosterCare) || !string.IsNullOrWhiteSpace(NbAdoptr)
        || !string.IsNullOrWhiteSpace(SexAdoptr) || !string.IsNullOrWhiteSpace(LsAdoptr);

    public override ReturnTable Table => ReturnTable.AD1;
    public override string?[] ToFields() => [Child, D(Dob), D(DateInt), D(DateMatch), FosterCare, NbAdoptr, SexAdoptr, LsAdoptr];
}

public sealed record PlacedAdoptionRow : ChildDobRow
{
    public DateValue DatePlaced { get; init; }
    public DateValue DatePlacedCeased { get; init; }
    public string? ReasonPlacedCeased { get; init; }

    public override ReturnTable Table => ReturnTable.PlacedAdoption;
    public override string?[] ToFields() => [Child, D(Dob), D(DatePlaced), D(DatePlacedCeased), ReasonPlacedCeased];
}

public sealed record PrevPermRow : ChildDobRow
{
    public string? PrevPerm { get; init; }
    public string? LaPerm { get; init; }

    /// <summary>DATE_PERM as written: DD/MM/YYYY where unknown parts may be ZZ or ZZZZ (ssda903.md §1), so it stays text.</summary>
    public string? DatePerm { get; init; }

    public override ReturnTable Table => ReturnTable.PrevPerm;
    public override string?[] ToFields() => [Child, D(Dob), PrevPerm, LaPerm, DatePerm];
}

public sealed record MissingRow : ChildDobRow
{
    public string? Missing { get; init; }
    public DateValue MisStart { get; init; }
    public DateValue MisEnd { get; init; }

    public override ReturnTable Table => ReturnTable.Missing;
    public override string?[] ToFields() => [Child, D(Dob), Missing, D(MisStart), D(MisEnd)];
}

public sealed record SwEpisodeRow : ChildDobRow
{
    public string? SwId { get; init; }
    public DateValue SwDecom { get; init; }
    public DateValue SwDec { get; init; }
    public string? SwReason { get; init; }

    public override ReturnTable Table => ReturnTable.SWEpisodes;
    public override string?[] ToFields() => [Child, D(Dob), SwId, D(SwDecom), D(SwDec), SwReason];
}

public sealed record DoloRow : ChildDobRow
{
    public DateValue DoloStart { get; init; }
    public DateValue DoloEnd { get; init; }

    public override ReturnTable Table => ReturnTable.DoLo;
    public override string?[] ToFields() => [Child, D(Dob), D(DoloStart), D(DoloEnd)];
}
