namespace CoParent.Core.Ssda903;

/// <summary>
/// The SSDA903 code sets as enforced in the 2025/26 and 2026/27 rulesets (ssda903.md §3). The rule that
/// enforces each is named beside it. Meanings are short, in our words, for drop-downs and summaries.
/// </summary>
public static class CodeSets
{
    /// <summary>SEX (rule 101, from 2024/25).</summary>
    public static readonly CodeSet Sex = new("SEX",
    [
        ("M", "Male"), ("F", "Female"), ("U", "Unknown"),
    ]);

    /// <summary>ETHNIC (rule 103): the long GIAS codes.</summary>
    public static readonly CodeSet Ethnicity = new("ETHNIC",
    [
        ("WBRI", "White British"), ("WIRI", "White Irish"), ("WOTH", "Any other White background"),
        ("WIRT", "Traveller of Irish heritage"), ("WROM", "Gypsy/Roma"),
        ("MWBC", "White and Black Caribbean"), ("MWBA", "White and Black African"), ("MWAS", "White and Asian"),
        ("MOTH", "Any other mixed background"),
        ("AIND", "Indian"), ("APKN", "Pakistani"), ("ABAN", "Bangladeshi"), ("AOTH", "Any other Asian background"),
        ("BCRB", "Black Caribbean"), ("BAFR", "Black African"), ("BOTH", "Any other Black background"),
        ("CHNE", "Chinese"), ("OOTH", "Any other ethnic group"),
        ("REFU", "Refused"), ("NOBT", "Information not yet obtained"),
    ]);

    /// <summary>The DfE's major ethnic groups, used in national tables.</summary>
    public static string EthnicGroup(string code) => code.ToUpperInvariant() switch
    {
        "WBRI" or "WIRI" or "WOTH" or "WIRT" or "WROM" => "White",
        "MWBC" or "MWBA" or "MWAS" or "MOTH" => "Mixed or multiple ethnic groups",
        "AIND" or "APKN" or "ABAN" or "AOTH" => "Asian or Asian British",
        "BCRB" or "BAFR" or "BOTH" => "Black, African, Caribbean or Black British",
        "CHNE" or "OOTH" => "Other ethnic group",
        _ => "Refused or not yet obtained",
    };

    public static readonly IReadOnlyList<string> EthnicGroups =
    [
        "White", "Mixed or multiple ethnic groups", "Asian or Asian British",
        "Black, African, Caribbean or Black British", "Other ethnic group", "Refused or not yet obtained",
    ];

    /// <summary>RNE (rule 143).</summary>
    public static readonly CodeSet ReasonForNewEpisode = new("RNE",
    [
        ("S", "Started to be looked after"),
        ("L", "Change of legal status only"),
        ("P", "Change of placement and carer(s) only"),
        ("T", "Change of placement, same carer(s)"),
        ("U", "Change of legal status and of placement, same carer(s)"),
        ("B", "Change of legal status and of placement and carer(s)"),
    ]);

    /// <summary>LS (rule 144).</summary>
    public static readonly CodeSet LegalStatus = new("LS",
    [
        ("C1", "Interim care order"), ("C2", "Full care order"), ("D1", "Freeing order"), ("E1", "Placement order"),
        ("V2", "Single period of accommodation under section 20"),
        ("V3", "Agreed series of short-term breaks (episodes recorded)"),
        ("V4", "Agreed series of short-term breaks (agreements recorded)"),
        ("J1", "Remanded to local authority accommodation or youth detention"),
        ("J2", "Placed in local authority accommodation under PACE"),
        ("J3", "Youth rehabilitation order with residence or fostering requirement"),
        ("L1", "Police protection"), ("L2", "Emergency protection order"), ("L3", "Child assessment order"),
    ]);

    /// <summary>CIN (rule 145).</summary>
    public static readonly CodeSet CategoryOfNeed = new("CIN",
    [
        ("N1", "Abuse or neglect"), ("N2", "Child's disability"), ("N3", "Parental illness or disability"),
        ("N4", "Family in acute stress"), ("N5", "Family dysfunction"), ("N6", "Socially unacceptable behaviour"),
        ("N7", "Low income"), ("N8", "Absent parenting"),
    ]);

    /// <summary>PLACE (rule 146, from 2025/26: H5, P2 and Z1 are gone; Z11 to Z14 split Z1).</summary>
    public static readonly CodeSet PlacementType = new("PLACE",
    [
        ("U1", "Foster placement with relative or friend: long term"),
        ("U2", "Foster placement with relative or friend: fostering for adoption"),
        ("U3", "Foster placement with relative or friend: other"),
        ("U4", "Foster placement with other foster carer: long term"),
        ("U5", "Foster placement with other foster carer: fostering for adoption"),
        ("U6", "Foster placement with other foster carer: other"),
        ("A3", "Placed for adoption with consent with current foster carers"),
        ("A4", "Placed for adoption with consent, not with current foster carers"),
        ("A5", "Placed for adoption under a placement order with current foster carers"),
        ("A6", "Placed for adoption under a placement order, not with current foster carers"),
        ("K1", "Secure children's home"), ("K2", "Children's home"), ("K3", "Registered supported accommodation"),
        ("P1", "Placed with parent(s) or other person with parental responsibility"),
        ("P3", "Residential employment"),
        ("R1", "Residential care home"), ("R2", "NHS or health trust"), ("R3", "Family centre or mother and baby unit"),
        ("R5", "Young offender institution"), ("S1", "Residential school"),
        ("T0", "Temporary: all types"), ("T1", "Temporary: hospital"), ("T2", "Temporary: child's holiday"),
        ("T3", "Temporary: carer's holiday"), ("T4", "Temporary: seven days or less, any other reason"),
        ("Z11", "Other placement (Z11)"), ("Z12", "Other placement (Z12)"),
        ("Z13", "Other placement (Z13)"), ("Z14", "Other placement (Z14)"),
    ]);

    /// <summary>PLACE_PROVIDER (rule 178).</summary>
    public static readonly CodeSet PlacementProvider = new("PLACE_PROVIDER",
    [
        ("PR0", "Parent(s) or other person with parental responsibility"),
        ("PR1", "Own council's provision"), ("PR2", "Another council's provision"),
        ("PR3", "Other public provision"), ("PR4", "Private provision"), ("PR5", "Voluntary or third sector provision"),
    ]);

    /// <summary>REC (rule 149).</summary>
    public static readonly CodeSet ReasonEpisodeCeased = new("REC",
    [
        ("X1", "Episode ends and a new one begins the same day"),
        ("E11", "Adopted: application unopposed"), ("E12", "Adopted: consent dispensed with"),
        ("E2", "Died"), ("E3", "Care taken over by another council"),
        ("E4A", "Returned home to parents as part of the care plan"),
        ("E4B", "Returned home to parents, not part of the care plan"),
        ("E13", "Left care to live with parents, relatives or others without parental responsibility"),
        ("E41", "Residence or child arrangements order"),
        ("E45", "Special guardianship order to former foster carers"),
        ("E46", "Special guardianship order to carers other than former foster carers"),
        ("E47", "Special guardianship order to relatives or friends: former foster carers"),
        ("E48", "Special guardianship order to relatives or friends: not former foster carers"),
        ("E5", "Moved to independent living with formal support"),
        ("E6", "Moved to independent living without formal support"),
        ("E7", "Transferred to residential care funded by adult social care"),
        ("E8", "Period of care ended for any other reason"),
        ("E9", "Sentenced to custody"), ("E14", "Accommodation on remand ended"),
        ("E15", "Age assessed as 18 or over"), ("E16", "Child moved abroad"),
        ("E17", "Aged 18 or over and stayed with carers (Staying Put)"),
    ]);

    /// <summary>REASON_PLACE_CHANGE (rule 1009).</summary>
    public static readonly CodeSet ReasonPlaceChange = new("REASON_PLACE_CHANGE",
    [
        ("CARPL", "Change to or implementing the care plan"),
        ("CLOSE", "Provider resigned or closed"), ("ALLEG", "Allegation (section 47)"),
        ("STAND", "Concern about standards of care"), ("APPRR", "Carer's approval removed"),
        ("CREQB", "Carer asked for the placement to end because of the child's behaviour"),
        ("CREQO", "Carer asked for the placement to end for another reason"),
        ("CHILD", "The child asked for the placement to end"),
        ("LAREQ", "The council asked for the placement to end"),
        ("PLACE", "Change in the status of the placement only"),
        ("CUSTOD", "Custody arrangement"), ("OTHER", "Other"),
    ]);

    /// <summary>Placement types the DfE counts as foster care.</summary>
    /// <summary>REVIEW_CODE (rule 167): how the child took part in a review of their plan.</summary>
    public static readonly CodeSet ReviewParticipation = new("REVIEW_CODE",
    [
        ("PN0", "Child under 4 at the time of the review"),
        ("PN1", "Child attended and spoke for themselves"),
        ("PN2", "Child attended and an advocate spoke for them"),
        ("PN3", "Child attended and gave their views without speaking (for example by symbols)"),
        ("PN4", "Child attended but did not give their views"),
        ("PN5", "Child did not attend; an advocate briefed by the child gave their views"),
        ("PN6", "Child did not attend; their views were sent by other means"),
        ("PN7", "Child did not attend and their views were not given"),
    ]);

    /// <summary>PN1 to PN7: a child aged 4 or over, who could take part (PN0 is a child under 4).</summary>
    public static bool IsParticipationOfChildOver4(string? code) => code is "PN1" or "PN2" or "PN3" or "PN4" or "PN5" or "PN6" or "PN7";

    /// <summary>PN1 to PN3, PN5 and PN6: the child's views reached the review, in person or another way.</summary>
    public static bool ChildViewsShared(string? code) => code is "PN1" or "PN2" or "PN3" or "PN5" or "PN6";

    public static bool IsFoster(string? place) => place is "U1" or "U2" or "U3" or "U4" or "U5" or "U6";

    /// <summary>Temporary placements T0 to T4 (holidays, hospital, short stays).</summary>
    public static bool IsTemporary(string? place) => place is "T0" or "T1" or "T2" or "T3" or "T4";

    /// <summary>Agreed series of short-term breaks (respite): excluded from "looked after on a date" counts.</summary>
    public static bool IsShortBreak(string? legalStatus) => legalStatus is "V3" or "V4";

    /// <summary>Placed for adoption (A3 to A6).</summary>
    public static bool IsPlacedForAdoption(string? place) => place is "A3" or "A4" or "A5" or "A6";

    /// <summary>The episode ended in adoption (REC E11, E12).</summary>
    public static bool IsAdopted(string? reasonCeased) => reasonCeased is "E11" or "E12";

    /// <summary>
    /// PLACE_PROVIDER must be blank for these placements (rules 178, 213 from 2025/26).
    /// </summary>
    public static bool ProviderMustBeBlank(string? place) =>
        place is "T0" or "T1" or "T2" or "T3" or "Z11" or "Z12" or "Z13" or "Z14";

    /// <summary>The broad placement groups used on the dashboard.</summary>
    public static string PlacementGroup(string place) => place switch
    {
        "U1" or "U2" or "U3" => "Foster care with relatives or friends",
        "U4" or "U5" or "U6" => "Foster care with other carers",
        "A3" or "A4" or "A5" or "A6" => "Placed for adoption",
        "K1" or "K2" or "R1" or "S1" => "Children's homes and residential settings",
        "K3" => "Supported accommodation",
        "P1" => "Placed with parents",
        "R2" or "R3" or "R5" => "Health, family centre or custody",
        _ when IsTemporary(place) => "Temporary placement",
        _ => "Other placements",
    };

    public static readonly IReadOnlyList<string> PlacementGroups =
    [
        "Foster care with relatives or friends", "Foster care with other carers", "Placed for adoption",
        "Children's homes and residential settings", "Supported accommodation", "Placed with parents",
        "Health, family centre or custody", "Temporary placement", "Other placements",
    ];
}
