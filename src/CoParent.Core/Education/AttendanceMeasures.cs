using CoParent.Core.Children;
using CoParent.Core.Measures;

namespace CoParent.Core.Education;

/// <summary>A pupil's sessions over a period, with their date of birth to decide compulsory school age.</summary>
public sealed record PupilAttendance(int ChildId, DateOnly DateOfBirth, AttendanceSummary Summary);

/// <summary>
/// Attendance measures as the DfE counts them (measures.md §7, "Guide to absence statistics"): pupils of compulsory
/// school age (5 to 15 on 31 August before the academic year the period starts in), pupils with no possible sessions
/// left out; persistent absence is 10% or more of possible sessions missed, severe 50% or more. CoParent counts each
/// child once across their schools (the children looked after release counts pupils, not enrolments).
/// </summary>
public static class AttendanceMeasures
{
    public static bool IsCompulsorySchoolAge(DateOnly dateOfBirth, DateOnly periodStart)
    {
        var age = Age.On(dateOfBirth, new DateOnly(SchoolYear.AcademicYearStarting(periodStart), 8, 31));
        return age is >= 5 and <= 15;
    }

    public static IReadOnlyList<MeasureResult> Calculate(IEnumerable<PupilAttendance> pupils, MeasurePeriod period)
    {
        var cohort = pupils.Where(p => p.Summary.PossibleSessions > 0 && IsCompulsorySchoolAge(p.DateOfBirth, period.From)).ToList();
        var possible = cohort.Sum(p => p.Summary.PossibleSessions);
        var attended = cohort.Sum(p => p.Summary.Attended);
        var ids = cohort.Select(p => p.ChildId).ToList();
        var persistent = cohort.Where(p => p.Summary.IsPersistentlyAbsent).Select(p => p.ChildId).ToList();
        var severe = cohort.Where(p => p.Summary.IsSeverelyAbsent).Select(p => p.ChildId).ToList();
        return
        [
            new MeasureResult("education.attendance", "School attendance",
                "Sessions attended (present or at an approved educational activity) as a percentage of possible sessions, over all " +
                "pupils of compulsory school age with at least one possible session in the period (measures.md §7).",
                possible == 0 ? null : Math.Round(100m * attended / possible, 1), attended, possible, MeasureUnits.Percent, ids),
            Percent("education.attendance.persistent", "Persistently absent",
                "Pupils of compulsory school age who missed 10% or more of their possible sessions in the period, authorised or not, " +
                "out of all such pupils with a possible session (measures.md §7).", persistent, cohort.Count),
            Percent("education.attendance.severe", "Severely absent",
                "Pupils of compulsory school age who missed 50% or more of their possible sessions in the period, out of all such " +
                "pupils with a possible session (measures.md §7).", severe, cohort.Count),
        ];
    }

    private static MeasureResult Percent(string id, string name, string definition, List<int> numerator, int denominator) =>
        new(id, name, definition, denominator == 0 ? null : Math.Round(100m * numerator.Count / denominator, 1),
            numerator.Count, denominator, MeasureUnits.Percent, numerator);
}
