using CoParent.Core.Measures;

namespace CoParent.Core.Education;

/// <summary>
/// The Virtual School's exclusion figures for a period (measures.md §12, Exclusions): the cohort is the children on a
/// school's roll at any time in the period; only upheld exclusions count, as in the DfE's statistics.
/// </summary>
public static class ExclusionMeasures
{
    public static IReadOnlyList<MeasureResult> Calculate(
        MeasurePeriod period,
        IEnumerable<int> childrenOnRoll,
        IEnumerable<Exclusion> exclusions,
        IEnumerable<PartTimeTimetable> timetables,
        IEnumerable<MissingEducationEpisode> missingEducation)
    {
        var roll = childrenOnRoll.ToHashSet();
        var counted = exclusions.Where(e => e.Counts && period.Contains(e.StartDate) && roll.Contains(e.ChildId)).ToList();
        var suspensions = counted.Where(e => e.Kind == ExclusionKind.Suspension).ToList();
        var permanent = counted.Where(e => e.Kind == ExclusionKind.Permanent).ToList();
        var suspended = suspensions.Select(e => e.ChildId).Distinct().Order().ToList();
        var permanentIds = permanent.Select(e => e.ChildId).Distinct().Order().ToList();
        var partTime = timetables.Where(t => period.Overlaps(t.StartDate, t.EndDate)).Select(t => t.ChildId).Distinct().Order().ToList();
        var missing = missingEducation.Where(m => m.IsCurrentOn(period.To)).Select(m => m.ChildId).Distinct().Order().ToList();

        return
        [
            new("education.exclusions.suspension-rate", "Suspension rate (suspensions per 100 children on a school roll)",
                "Upheld suspensions starting in the period, per 100 children on a school roll in the period (DfE suspension rate: " +
                "suspensions / headcount × 100, measures.md §12). A child suspended twice counts twice.",
                Rate(suspensions.Count, roll.Count, 100m), suspensions.Count, roll.Count, MeasureUnits.Per100, suspended),
            new("education.exclusions.one-or-more-suspensions", "Children with one or more suspensions",
                "Children on a school roll in the period with at least one upheld suspension starting in it, out of all children on a roll (measures.md §12).",
                Rate(suspended.Count, roll.Count, 100m), suspended.Count, roll.Count, MeasureUnits.Percent, suspended),
            new("education.exclusions.permanent", "Permanent exclusions",
                "Upheld permanent exclusions starting in the period of children on a school roll (withdrawn or overturned ones are not counted).",
                permanent.Count, permanent.Count, 0, MeasureUnits.Children, permanentIds),
            new("education.exclusions.permanent-per-10000", "Permanent exclusions per 10,000 children on roll",
                "Upheld permanent exclusions starting in the period per 10,000 children on a school roll (the DfE rate × 100, measures.md §12).",
                Rate(permanent.Count, roll.Count, 10_000m), permanent.Count, roll.Count, MeasureUnits.Per10000, permanentIds),
            new("education.exclusions.part-time-timetables", "Children on part-time timetables",
                "Children with a part-time timetable in place at any time in the period.",
                partTime.Count, partTime.Count, 0, MeasureUnits.Children, partTime),
            new("education.exclusions.missing-education", "Children missing education at the period's end",
                "Children with no school place or suitable full-time education on the period's last day.",
                missing.Count, missing.Count, 0, MeasureUnits.Children, missing),
        ];
    }

    private static decimal? Rate(int numerator, int denominator, decimal per) =>
        denominator == 0 ? null : Math.Round(per * numerator / denominator, 1);
}
