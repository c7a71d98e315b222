namespace CoParent.Core.CareLeavers;

/// <summary>The SSDA903 OC3 code lists a personal adviser records against (ssda903.md, fields 131 to 133).</summary>
public static class CareLeaverCodes
{
    public static readonly IReadOnlyList<(string Code, string Meaning)> InTouch =
    [
        ("YES", "In touch"), ("NO", "Not in touch"), ("REFU", "Young person refuses contact"),
        ("NREQ", "No longer needs services"), ("RHOM", "Returned home for 6 months or more"), ("DIED", "Died"),
    ];

    public static readonly IReadOnlyList<(string Code, string Meaning)> Activities =
    [
        ("F1", "Full-time higher education"), ("P1", "Part-time higher education"),
        ("F2", "Full-time other education"), ("P2", "Part-time other education"),
        ("F4", "Full-time apprenticeship"), ("P4", "Part-time apprenticeship"),
        ("F5", "Full-time training or employment"), ("P5", "Part-time training or employment"),
        ("G4", "Not in education, employment or training: illness or disability"),
        ("G5", "Not in education, employment or training: other reasons"),
        ("G6", "Not in education, employment or training: pregnancy or parenting"),
    ];

    /// <summary>The first character of ACCOM; the second is 1 (suitable) or 2 (not suitable).</summary>
    public static readonly IReadOnlyList<(string Letter, string Meaning)> AccommodationTypes =
    [
        ("B", "With parents or relatives"), ("C", "Community home or other residential care"),
        ("D", "Semi-independent, transitional accommodation"), ("E", "Supported lodgings"),
        ("G", "Gone abroad"), ("H", "Deported"), ("K", "Ordinary lodgings"), ("R", "Residence not known"),
        ("S", "No fixed abode or homeless"), ("T", "Foyers"), ("U", "Independent living"),
        ("V", "Emergency accommodation"), ("W", "Bed and breakfast"), ("X", "In custody"),
        ("Y", "Other accommodation"), ("Z", "With former foster carers (Staying Put)"),
    ];

    /// <summary>No fixed abode and custody exist only as unsuitable (S2, X2): there is no S1 or X1.</summary>
    public static bool MayBeSuitable(string letter) => letter is not ("S" or "X");

    public static bool IsActivity(string? code) => Activities.Any(a => a.Code == code);

    public static bool IsAccommodation(string? code) =>
        code is { Length: 2 } && AccommodationTypes.Any(t => t.Letter == code[..1]) && (code[1] == '2' || (code[1] == '1' && MayBeSuitable(code[..1])));

    /// <summary>In education, employment or training: F1, P1, F2, P2, F4, P4, F5 or P5.</summary>
    public static bool IsEet(string? activity) => activity is { Length: 2 } && activity[0] is 'F' or 'P' && IsActivity(activity);

    public static bool IsNeet(string? activity) => activity is "G4" or "G5" or "G6";

    /// <summary>An apprenticeship, training or a job: where "employed by the council" means something.</summary>
    public static bool IsWork(string? activity) => activity is "F4" or "P4" or "F5" or "P5";

    public static bool IsSuitable(string? accommodation) => accommodation is { Length: 2 } && accommodation[1] == '1';

    public static bool IsStayingPut(string? accommodation) => accommodation is { Length: 2 } && accommodation[0] == 'Z';

    public static string DescribeActivity(string? code) =>
        Activities.FirstOrDefault(a => a.Code == code).Meaning ?? (code is null or "0" ? "Not known" : code);

    public static string DescribeAccommodation(string? code) =>
        code is { Length: 2 } && AccommodationTypes.FirstOrDefault(t => t.Letter == code[..1]).Meaning is { } meaning
            ? meaning
            : "Not known";

    public static string DescribeInTouch(string? code) => InTouch.FirstOrDefault(t => t.Code == code).Meaning ?? "Not known";
}
