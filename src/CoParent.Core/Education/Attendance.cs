using CoParent.Core.Children;

namespace CoParent.Core.Education;

public enum SchoolSession
{
    Morning = 1,
    Afternoon = 2,
}

/// <summary>How a register code counts (School Attendance (Pupil Registration) (England) Regulations 2024, in force 19 August 2024).</summary>
public enum AttendanceCategory
{
    Present = 1,

    /// <summary>Attending an approved educational activity away from the school: counts as attendance.</summary>
    ApprovedEducationalActivity = 2,
    AuthorisedAbsence = 3,
    UnauthorisedAbsence = 4,

    /// <summary>Not a possible session: attendance not required, or unable to attend because of exceptional circumstances.</summary>
    NotPossible = 5,
}

/// <summary>One register mark: a child's morning or afternoon session at a school.</summary>
public class AttendanceMark
{
    public long Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public int? SchoolId { get; set; }
    public DateOnly Date { get; set; }
    public SchoolSession Session { get; set; }

    /// <summary>The register code as the school entered it (see <see cref="AttendanceCodes"/>).</summary>
    public string Code { get; set; } = "";
}

/// <summary>
/// The national attendance and absence codes from August 2024 (measures.md §7), with how each counts. Present is "/" in
/// the morning and "\" in the afternoon; schools' files often send either for both.
/// </summary>
public static class AttendanceCodes
{
    public sealed record Code(string Value, string Meaning, AttendanceCategory Category);

    public static readonly IReadOnlyList<Code> All =
    [
        new("/", "Present (morning)", AttendanceCategory.Present),
        new("\\", "Present (afternoon)", AttendanceCategory.Present),
        new("L", "Late, arrived before the register closed", AttendanceCategory.Present),
        new("K", "Attending education provision arranged by the local authority", AttendanceCategory.ApprovedEducationalActivity),
        new("V", "Attending an educational visit or trip", AttendanceCategory.ApprovedEducationalActivity),
        new("P", "Participating in a supervised sporting activity", AttendanceCategory.ApprovedEducationalActivity),
        new("W", "Attending work experience", AttendanceCategory.ApprovedEducationalActivity),
        new("B", "Attending any other approved educational activity", AttendanceCategory.ApprovedEducationalActivity),
        new("D", "Dual registered, attending another school", AttendanceCategory.ApprovedEducationalActivity),
        new("C1", "Leave for a regulated performance or employment abroad", AttendanceCategory.AuthorisedAbsence),
        new("C2", "Leave for a part-time timetable", AttendanceCategory.AuthorisedAbsence),
        new("C", "Leave of absence for exceptional circumstances", AttendanceCategory.AuthorisedAbsence),
        new("M", "Medical or dental appointment", AttendanceCategory.AuthorisedAbsence),
        new("J1", "Interview", AttendanceCategory.AuthorisedAbsence),
        new("S", "Study leave", AttendanceCategory.AuthorisedAbsence),
        new("T", "Mobile child travelling", AttendanceCategory.AuthorisedAbsence),
        new("R", "Religious observance", AttendanceCategory.AuthorisedAbsence),
        new("I", "Illness", AttendanceCategory.AuthorisedAbsence),
        new("E", "Suspended or permanently excluded, no alternative provision", AttendanceCategory.AuthorisedAbsence),
        new("G", "Holiday not granted by the school", AttendanceCategory.UnauthorisedAbsence),
        new("N", "Reason not yet provided", AttendanceCategory.UnauthorisedAbsence),
        new("O", "Absent in other or unknown circumstances", AttendanceCategory.UnauthorisedAbsence),
        new("U", "Arrived after the register closed", AttendanceCategory.UnauthorisedAbsence),
        new("X", "Not of compulsory school age, not required to attend", AttendanceCategory.NotPossible),
        new("Z", "Not yet on the admission register", AttendanceCategory.NotPossible),
        new("#", "Planned whole-school closure", AttendanceCategory.NotPossible),
        new("Q", "Unable to attend: no access arrangements", AttendanceCategory.NotPossible),
        new("Y1", "Unable to attend: transport not available", AttendanceCategory.NotPossible),
        new("Y2", "Unable to attend: widespread travel disruption", AttendanceCategory.NotPossible),
        new("Y3", "Unable to attend: part of the school closed", AttendanceCategory.NotPossible),
        new("Y4", "Unable to attend: whole school closed unexpectedly", AttendanceCategory.NotPossible),
        new("Y5", "Unable to attend: in criminal justice detention", AttendanceCategory.NotPossible),
        new("Y6", "Unable to attend: public health guidance or law", AttendanceCategory.NotPossible),
        new("Y7", "Unable to attend: other exceptional circumstances", AttendanceCategory.NotPossible),
    ];

    private static readonly Dictionary<string, Code> ByValue = All.ToDictionary(c => c.Value, StringComparer.Ordinal);

    public static Code? Find(string? value) => value is not null && ByValue.TryGetValue(value.Trim().ToUpperInvariant(), out var code) ? code : null;

    public static AttendanceCategory? CategoryOf(string? value) => Find(value)?.Category;

    /// <summary>Possible sessions are all but those where attendance is not required or the child could not attend.</summary>
    public static bool IsPossible(AttendanceCategory category) => category != AttendanceCategory.NotPossible;

    public static bool IsAbsence(AttendanceCategory category) =>
        category is AttendanceCategory.AuthorisedAbsence or AttendanceCategory.UnauthorisedAbsence;
}

/// <summary>Sessions counted from a child's marks (DfE "Guide to absence statistics": a session is half a day).</summary>
public sealed record AttendanceSummary(int PossibleSessions, int Attended, int AuthorisedAbsence, int UnauthorisedAbsence)
{
    public int Absent => AuthorisedAbsence + UnauthorisedAbsence;

    /// <summary>Attendance as a percentage of possible sessions; null when there were none.</summary>
    public decimal? AttendancePercent => PossibleSessions == 0 ? null : Math.Round(100m * Attended / PossibleSessions, 1);

    /// <summary>Overall absence rate: authorised and unauthorised absence over possible sessions.</summary>
    public decimal? AbsencePercent => PossibleSessions == 0 ? null : Math.Round(100m * Absent / PossibleSessions, 1);

    /// <summary>Persistent absence: missing 10% or more of possible sessions (exact arithmetic, not the rounded rate).</summary>
    public bool IsPersistentlyAbsent => PossibleSessions > 0 && Absent * 10 >= PossibleSessions;

    /// <summary>Severe absence: missing 50% or more of possible sessions.</summary>
    public bool IsSeverelyAbsent => PossibleSessions > 0 && Absent * 2 >= PossibleSessions;

    /// <summary>Counts the codes; unknown codes are not counted (imports refuse them).</summary>
    public static AttendanceSummary From(IEnumerable<string> codes)
    {
        int possible = 0, attended = 0, authorised = 0, unauthorised = 0;
        foreach (var value in codes)
        {
            switch (AttendanceCodes.CategoryOf(value))
            {
                case AttendanceCategory.Present or AttendanceCategory.ApprovedEducationalActivity: possible++; attended++; break;
                case AttendanceCategory.AuthorisedAbsence: possible++; authorised++; break;
                case AttendanceCategory.UnauthorisedAbsence: possible++; unauthorised++; break;
            }
        }
        return new AttendanceSummary(possible, attended, authorised, unauthorised);
    }
}
