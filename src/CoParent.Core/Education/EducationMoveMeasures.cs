using CoParent.Core.Measures;

namespace CoParent.Core.Education;

/// <summary>One education move as the measures need it.</summary>
public sealed record EducationMoveFacts(int ChildId, DateOnly StartedOn, bool CausedByPlacementMove, bool MidYear, int DaysOutOfEducation);

/// <summary>
/// School stability for children in care (measures.md §12, school moves): moves that began in the period, how many
/// followed a placement move, how many were mid-year, and the average school days without a school place.
/// </summary>
public static class EducationMoveMeasures
{
    public static IReadOnlyList<MeasureResult> Calculate(IEnumerable<EducationMoveFacts> moves, MeasurePeriod period)
    {
        var inPeriod = moves.Where(m => period.Contains(m.StartedOn)).ToList();
        var byPlacement = inPeriod.Where(m => m.CausedByPlacementMove).ToList();
        var midYear = inPeriod.Where(m => m.MidYear).ToList();
        var ids = inPeriod.Select(m => m.ChildId).Distinct().ToList();
        return
        [
            new("education.moves", "School moves",
                "Changes of school for children in care that began in the period (each move counted; the children are listed once).",
                inPeriod.Count, inPeriod.Count, 0, "moves", ids),
            Share("education.moves.placement", "School moves caused by a placement move",
                "School moves in the period that followed a change of placement, out of all school moves in the period.", byPlacement, inPeriod),
            Share("education.moves.mid-year", "Mid-year school moves",
                "School moves in the period that were not at the start of an academic year, out of all school moves in the period.", midYear, inPeriod),
            new("education.moves.days-out", "Average school days out of education",
                "The average number of school days between leaving one school and starting the next, over school moves in the period.",
                inPeriod.Count == 0 ? null : Math.Round((decimal)inPeriod.Sum(m => m.DaysOutOfEducation) / inPeriod.Count, 1),
                inPeriod.Sum(m => m.DaysOutOfEducation), inPeriod.Count, MeasureUnits.Days,
                inPeriod.Where(m => m.DaysOutOfEducation > 0).Select(m => m.ChildId).Distinct().ToList()),
        ];
    }

    private static MeasureResult Share(string id, string name, string definition, List<EducationMoveFacts> part, List<EducationMoveFacts> all) =>
        new(id, name, definition, all.Count == 0 ? null : Math.Round(100m * part.Count / all.Count, 1), part.Count, all.Count,
            MeasureUnits.Percent, part.Select(m => m.ChildId).Distinct().ToList());
}
