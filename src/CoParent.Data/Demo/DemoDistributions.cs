namespace CoParent.Data.Demo;

/// <summary>A choice among options in given proportions (the weights need not add up to 1).</summary>
public sealed class Weighted<T>
{
    private readonly T[] _values;
    private readonly double[] _cumulative;

    public Weighted(params (T Value, double Weight)[] options)
    {
        if (options.Length == 0) throw new ArgumentException("A weighted choice needs at least one option.", nameof(options));
        _values = options.Select(o => o.Value).ToArray();
        _cumulative = new double[options.Length];
        var total = 0.0;
        for (var i = 0; i < options.Length; i++)
        {
            total += options[i].Weight;
            _cumulative[i] = total;
        }
    }

    public IReadOnlyList<T> Values => _values;

    public T Pick(Random random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        for (var i = 0; i < _cumulative.Length; i++)
        {
            if (x < _cumulative[i]) return _values[i];
        }
        return _values[^1];
    }
}

/// <summary>An inclusive range of whole years or days.</summary>
public readonly record struct IntRange(int From, int To);

public enum PlacementKind
{
    RelativeFoster,
    Foster,
    ChildrensHome,
    SupportedAccommodation,
    WithParents,
    Adoption,
    Custody,
}

/// <summary>The route a period of care takes through the legal statuses.</summary>
public enum CarePath
{
    /// <summary>Interim then full care order (possibly after section 20 or police/emergency protection).</summary>
    CareOrder,
    /// <summary>Section 20 accommodation throughout (V2); unaccompanied children always.</summary>
    Accommodated,
    /// <summary>Care proceedings ending in a placement order (E1) and a placement for adoption.</summary>
    Adoption,
    /// <summary>Remanded (J1).</summary>
    Remand,
}

public sealed record UascOrigin(string Name, string Ethnicity, string Language, string Religion, double Weight);

/// <summary>
/// Every proportion the demo council is generated from, named so that it can be read and tuned in one
/// place. The defaults follow the shape of the DfE's "Children looked after in England" statistics
/// (ages peaking at 16 and 17, about seven in ten fostered, most on care orders) and Essex's own mix.
/// </summary>
public sealed record DemoDistributions
{
    public static DemoDistributions Default { get; } = new();

    /// <summary>Age on the as-at date of the children in care (DfE: 5% under 1, 14% 1-4, 18% 5-9, 38% 10-15, 25% 16-17).</summary>
    public Weighted<IntRange> AgeInCare { get; init; } = new(
        (new IntRange(0, 0), 0.05), (new IntRange(1, 4), 0.14), (new IntRange(5, 9), 0.18), (new IntRange(10, 15), 0.38), (new IntRange(16, 17), 0.25));

    /// <summary>Unaccompanied asylum-seeking children among those in care.</summary>
    public double UascShare { get; init; } = 0.09;

    /// <summary>Unaccompanied children are mostly boys aged 15 to 17 on the as-at date.</summary>
    public Weighted<int> UascAge { get; init; } = new((14, 0.08), (15, 0.22), (16, 0.35), (17, 0.35));

    public double UascMaleShare { get; init; } = 0.93;

    /// <summary>Boys among the other children: with the unaccompanied children the whole is about 56% male.</summary>
    public double MaleShare { get; init; } = 0.52;

    /// <summary>
    /// Sex reported as unknown (U). None by default: rule 232 queries every U, and the demo council's return
    /// must validate clean; a test that needs one sets it.
    /// </summary>
    public double UnknownSexShare { get; init; }

    /// <summary>
    /// Ethnicity of children who are not unaccompanied. With the unaccompanied children (mostly Black African,
    /// other Asian and other ethnic group) the whole comes to about 71% white, 11% mixed, 8% black, 5% asian,
    /// 4% other and 1% not known.
    /// </summary>
    public Weighted<string> Ethnicity { get; init; } = new(
        ("WBRI", 0.690), ("WOTH", 0.065), ("WIRI", 0.006), ("WROM", 0.012), ("WIRT", 0.006),
        ("MWBC", 0.040), ("MWBA", 0.022), ("MWAS", 0.022), ("MOTH", 0.037),
        ("BCRB", 0.016), ("BAFR", 0.018), ("BOTH", 0.010),
        ("APKN", 0.006), ("ABAN", 0.005), ("AIND", 0.003), ("AOTH", 0.002),
        ("CHNE", 0.004), ("OOTH", 0.025),
        ("NOBT", 0.006), ("REFU", 0.005));

    public IReadOnlyList<UascOrigin> UascOrigins { get; init; } =
    [
        new("Eritrean", "BAFR", "Tigrinya", "Christian", 0.26),
        new("Sudanese", "BAFR", "Arabic", "Muslim", 0.22),
        new("Afghan", "AOTH", "Pashto", "Muslim", 0.30),
        new("Iranian", "OOTH", "Farsi", "Muslim", 0.14),
        new("Vietnamese", "AOTH", "Vietnamese", "Buddhist", 0.08),
    ];

    /// <summary>How long the children in care on the as-at date have been in their current period of care, in days.</summary>
    public Weighted<IntRange> DaysInCare { get; init; } = new(
        (new IntRange(1, 180), 0.18), (new IntRange(181, 365), 0.12), (new IntRange(366, 912), 0.22),
        (new IntRange(913, 1826), 0.25), (new IntRange(1827, 3650), 0.23));

    /// <summary>Children in care on the as-at date who had an earlier period of care that ended with a return home.</summary>
    public double EarlierPeriodShare { get; init; } = 0.08;

    /// <summary>Children whose care ended in the past (before 16, so not care leavers), per child in care now.</summary>
    public double PastChildrenPerChildInCare { get; init; } = 0.6;

    /// <summary>How the past children's care ended.</summary>
    public Weighted<string> PastEnding { get; init; } = new(
        ("E4A", 0.34), ("E4B", 0.04), ("E11", 0.09), ("E12", 0.05), ("E45", 0.06), ("E46", 0.02), ("E47", 0.06),
        ("E48", 0.05), ("E41", 0.07), ("E13", 0.06), ("E3", 0.04), ("E8", 0.08), ("E16", 0.02), ("E9", 0.02));

    /// <summary>The path through legal statuses, by age on the as-at date (adoption only for the youngest).</summary>
    public Weighted<CarePath> PathUnder5 { get; init; } = new((CarePath.CareOrder, 0.74), (CarePath.Adoption, 0.22), (CarePath.Accommodated, 0.04));
    public Weighted<CarePath> Path5To11 { get; init; } = new((CarePath.CareOrder, 0.95), (CarePath.Accommodated, 0.05));
    public Weighted<CarePath> Path12Up { get; init; } = new((CarePath.CareOrder, 0.905), (CarePath.Accommodated, 0.08), (CarePath.Remand, 0.015));

    /// <summary>How care-order proceedings start: C1 interim order, V2 section 20, L1 police protection, L2 emergency protection.</summary>
    public Weighted<string> CareOrderEntry { get; init; } = new(("C1", 0.68), ("V2", 0.18), ("L2", 0.09), ("L1", 0.05));

    /// <summary>Section 20 children who later come under an interim care order.</summary>
    public double AccommodatedToCareOrderShare { get; init; } = 0.8;

    /// <summary>Days from an interim care order to the full care order.</summary>
    public IntRange InterimOrderDays { get; init; } = new(100, 330);

    /// <summary>Placement type by age when the placement starts.</summary>
    public Weighted<PlacementKind> PlacementUnder5 { get; init; } = new(
        (PlacementKind.Foster, 0.745), (PlacementKind.RelativeFoster, 0.14), (PlacementKind.WithParents, 0.11), (PlacementKind.ChildrensHome, 0.005));
    public Weighted<PlacementKind> Placement5To12 { get; init; } = new(
        (PlacementKind.Foster, 0.64), (PlacementKind.RelativeFoster, 0.13), (PlacementKind.ChildrensHome, 0.12), (PlacementKind.WithParents, 0.11));
    public Weighted<PlacementKind> Placement13To15 { get; init; } = new(
        (PlacementKind.Foster, 0.52), (PlacementKind.RelativeFoster, 0.07), (PlacementKind.ChildrensHome, 0.30), (PlacementKind.WithParents, 0.11));
    public Weighted<PlacementKind> Placement16Up { get; init; } = new(
        (PlacementKind.Foster, 0.36), (PlacementKind.RelativeFoster, 0.05), (PlacementKind.ChildrensHome, 0.16),
        (PlacementKind.SupportedAccommodation, 0.37), (PlacementKind.WithParents, 0.06));
    public Weighted<PlacementKind> UascPlacementUnder16 { get; init; } = new((PlacementKind.Foster, 0.8), (PlacementKind.ChildrensHome, 0.2));
    public Weighted<PlacementKind> UascPlacement16Up { get; init; } = new(
        (PlacementKind.SupportedAccommodation, 0.55), (PlacementKind.Foster, 0.35), (PlacementKind.ChildrensHome, 0.10));
    public Weighted<PlacementKind> RemandPlacement { get; init; } = new(
        (PlacementKind.ChildrensHome, 0.45), (PlacementKind.Custody, 0.25), (PlacementKind.Foster, 0.30));

    /// <summary>Who provides foster care with unrelated carers: mostly the council's own carers (PR1), else agencies.</summary>
    public Weighted<string> FosterProvider { get; init; } = new(("PR1", 0.62), ("PR4", 0.33), ("PR5", 0.05));
    public Weighted<string> ChildrensHomeProvider { get; init; } = new(("PR4", 0.75), ("PR5", 0.10), ("PR1", 0.15));
    public Weighted<string> SupportedAccommodationProvider { get; init; } = new(("PR4", 0.70), ("PR5", 0.20), ("PR1", 0.10));

    /// <summary>Foster placements that become long-term (U6 to U4, U3 to U1) with the same carers after a year or so.</summary>
    public double LongTermRedesignationShare { get; init; } = 0.55;

    /// <summary>How long placements last before a move, in days (for the history before the current placement).</summary>
    public Weighted<IntRange> PlacementDays { get; init; } = new(
        (new IntRange(14, 180), 0.30), (new IntRange(181, 540), 0.35), (new IntRange(541, 1500), 0.25), (new IntRange(1501, 4000), 0.10));

    /// <summary>Children in care on the as-at date with three or more placements in the last 12 months (DfE ~10-11%).</summary>
    public double ThreePlusPlacementsShare { get; init; } = 0.11;

    /// <summary>
    /// Of children under 16 in care for 2.5 years or more, those in the same placement for at least 2 years
    /// (DfE long-term stability, 68% in 2024).
    /// </summary>
    public double LongTermStableShare { get; init; } = 0.68;

    public Weighted<string> ReasonPlaceChange { get; init; } = new(
        ("CARPL", 0.35), ("CREQB", 0.15), ("CREQO", 0.12), ("CHILD", 0.08), ("LAREQ", 0.10), ("ALLEG", 0.04),
        ("STAND", 0.04), ("CLOSE", 0.04), ("APPRR", 0.02), ("OTHER", 0.06));

    public Weighted<string> CategoryOfNeed { get; init; } = new(
        ("N1", 0.62), ("N2", 0.03), ("N3", 0.03), ("N4", 0.07), ("N5", 0.12), ("N6", 0.01), ("N7", 0.002), ("N8", 0.11));

    /// <summary>Where a placement is, by who provides it (the remainder is anywhere in England and Wales).</summary>
    public Reach InHouseFosterReach { get; init; } = new(InArea: 0.92, NearHome: 0.5, Neighbouring: 0.06);
    public Reach AgencyFosterReach { get; init; } = new(InArea: 0.60, NearHome: 0.35, Neighbouring: 0.30);
    public Reach RelativeReach { get; init; } = new(InArea: 0.70, NearHome: 0.45, Neighbouring: 0.15);
    public Reach ResidentialReach { get; init; } = new(InArea: 0.45, NearHome: 0.0, Neighbouring: 0.30);
    public Reach SupportedAccommodationReach { get; init; } = new(InArea: 0.65, NearHome: 0.0, Neighbouring: 0.25);
    public Reach AdoptionReach { get; init; } = new(InArea: 0.50, NearHome: 0.0, Neighbouring: 0.30);

    /// <summary>Home postcodes inside the council's area (the rest are in neighbouring authorities).</summary>
    public double HomeInAreaShare { get; init; } = 0.97;

    public double DisabilityShare { get; init; } = 0.10;
    public double PreferredNameShare { get; init; } = 0.12;

    /// <summary>Care leavers' age on the as-at date (18 to 25).</summary>
    public Weighted<int> CareLeaverAge { get; init; } = new(
        (18, 0.15), (19, 0.15), (20, 0.14), (21, 0.14), (22, 0.11), (23, 0.11), (24, 0.10), (25, 0.10));

    public double CareLeaverUascShare { get; init; } = 0.22;

    /// <summary>How care leavers' care ended at 18 (E17 staying put with their foster carers) or at 16 or 17.</summary>
    public Weighted<string> LeavingAt18 { get; init; } = new(("E5", 0.45), ("E17", 0.27), ("E6", 0.12), ("E8", 0.08), ("E7", 0.03), ("E9", 0.05));
    public double LeavingBefore18Share { get; init; } = 0.2;
    public Weighted<string> LeavingBefore18 { get; init; } = new(("E5", 0.4), ("E6", 0.2), ("E8", 0.25), ("E13", 0.15));

    /// <summary>Children a social worker holds, and an IRO.</summary>
    public int SocialWorkerCaseload { get; init; } = 15;
    public int IroCaseload { get; init; } = 40;

    /// <summary>Social worker changes in a period of care, roughly one per this many days.</summary>
    public int DaysPerSocialWorkerChange { get; init; } = 450;
}

/// <summary>
/// Where placements of one sort are: <see cref="InArea"/> inside the council (of which <see cref="NearHome"/>
/// in the child's own district), <see cref="Neighbouring"/> in a neighbouring authority, the rest far away.
/// </summary>
public sealed record Reach(double InArea, double NearHome, double Neighbouring);
