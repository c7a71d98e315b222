using CoParent.Core.Children;

namespace CoParent.Core.Education;

public enum ExclusionKind
{
    Suspension = 1,
    Permanent = 2,
}

/// <summary>What became of an exclusion after the governors' review or an independent review panel.</summary>
public enum ExclusionDecision
{
    Upheld = 1,
    Withdrawn = 2,
    Overturned = 3,
}

/// <summary>
/// A suspension (a set period, which can be part of a day) or a permanent exclusion from a school. Lost time is kept
/// in sessions (half days), as the school census counts it.
/// </summary>
public class Exclusion
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public int? SchoolId { get; set; }
    public ExclusionKind Kind { get; set; }
    public DateOnly StartDate { get; set; }

    /// <summary>Half-day sessions lost; null for a permanent exclusion, which has no end.</summary>
    public int? SessionsLost { get; set; }

    /// <summary>The DfE reason code (see <see cref="ExclusionReasons"/>).</summary>
    public string Reason { get; set; } = "";

    /// <summary>The date full-time alternative provision was arranged from: the sixth school day of an exclusion onwards (Education (Provision of Full-Time Education for Excluded Pupils) (England) Regulations 2007).</summary>
    public DateOnly? AlternativeProvisionFrom { get; set; }

    public ExclusionDecision Decision { get; set; } = ExclusionDecision.Upheld;

    public DateTimeOffset RecordedAt { get; set; }
    public string? RecordedBy { get; set; }

    /// <summary>Only upheld exclusions count in the DfE's statistics (measures.md §12).</summary>
    public bool Counts => Decision == ExclusionDecision.Upheld;

    /// <summary>What a worker's notification says (no name: the page shows it from the record, if they may still see the child).</summary>
    public string NoticeText() => Kind == ExclusionKind.Permanent
        ? $"Permanently excluded from {StartDate.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}: {ExclusionReasons.Describe(Reason).ToLowerInvariant()}"
        : $"Suspended for {(SessionsLost ?? 0) / 2m:0.#} school days from {StartDate.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}: {ExclusionReasons.Describe(Reason).ToLowerInvariant()}";
}

/// <summary>The reason codes of the DfE's suspensions and permanent exclusions statistics (school census, from 2020-21).</summary>
public static class ExclusionReasons
{
    public sealed record Reason(string Code, string Meaning);

    public static readonly IReadOnlyList<Reason> All =
    [
        new("PP", "Physical assault against a pupil"),
        new("PA", "Physical assault against an adult"),
        new("VP", "Verbal abuse or threatening behaviour against a pupil"),
        new("VA", "Verbal abuse or threatening behaviour against an adult"),
        new("OW", "Use or threat of use of an offensive weapon or prohibited item"),
        new("BU", "Bullying"),
        new("RA", "Racist abuse"),
        new("LG", "Abuse against sexual orientation and gender identity"),
        new("DS", "Abuse relating to disability"),
        new("SM", "Sexual misconduct"),
        new("DA", "Drug and alcohol related"),
        new("DM", "Damage"),
        new("TH", "Theft"),
        new("MT", "Inappropriate use of social media or online technology"),
        new("WT", "Wilful and repeated transgression of protective measures"),
        new("PD", "Persistent disruptive behaviour"),
        new("OT", "Other"),
    ];

    private static readonly Dictionary<string, Reason> ByCode = All.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);

    public static Reason? Find(string? code) => code is not null && ByCode.TryGetValue(code.Trim(), out var reason) ? reason : null;

    public static string Describe(string? code) => Find(code)?.Meaning ?? code ?? "";
}

/// <summary>The suspension limit: no more than 45 school days in one academic year (Education Act 2002 s51A; measures.md §12).</summary>
public static class SuspensionLimit
{
    public const int SchoolDaysPerYear = 45;

    /// <summary>Upheld suspension days in the academic year starting in <paramref name="academicYear"/> (two sessions make a day).</summary>
    public static decimal DaysInYear(IEnumerable<Exclusion> exclusions, int academicYear) =>
        exclusions.Where(e => e.Kind == ExclusionKind.Suspension && e.Counts && SchoolYear.AcademicYearStarting(e.StartDate) == academicYear)
            .Sum(e => e.SessionsLost ?? 0) / 2m;

    public static bool IsExceeded(IEnumerable<Exclusion> exclusions, int academicYear) => DaysInYear(exclusions, academicYear) > SchoolDaysPerYear;
}

/// <summary>
/// A reduced timetable agreed for a child: DfE guidance says it must be temporary, with a review date, and never a
/// way of managing behaviour in place of an exclusion ("Working together to improve school attendance", 2024).
/// </summary>
public class PartTimeTimetable
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly ReviewDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public decimal HoursPerWeek { get; set; }
    public string Reason { get; set; } = "";
    public string AgreedBy { get; set; } = "";

    public bool IsCurrentOn(DateOnly date) => StartDate <= date && (EndDate is null || EndDate >= date);

    public bool IsReviewOverdueOn(DateOnly date) => IsCurrentOn(date) && ReviewDate < date;
}

public enum MissingEducationReason
{
    NoSchoolPlaceAfterMove = 1,
    AwaitingEhcPlanPlacement = 2,
    RefusedOrExcluded = 3,
    Other = 4,
}

/// <summary>A time the child had no school place or other suitable full-time education (a child missing education).</summary>
public class MissingEducationEpisode
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public MissingEducationReason Reason { get; set; }
    public string? Notes { get; set; }

    public bool IsCurrentOn(DateOnly date) => From <= date && (To is null || To >= date);

    public static string Describe(MissingEducationReason reason) => reason switch
    {
        MissingEducationReason.NoSchoolPlaceAfterMove => "No school place after a move",
        MissingEducationReason.AwaitingEhcPlanPlacement => "Awaiting a placement named in an EHC plan",
        MissingEducationReason.RefusedOrExcluded => "Refused a place or excluded, no provision",
        _ => "Other",
    };
}
