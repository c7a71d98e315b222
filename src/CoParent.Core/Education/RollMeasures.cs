using CoParent.Core.Measures;

namespace CoParent.Core.Education;

/// <summary>A child on one of the Virtual School's rolls. School facts apply to children in care; others carry defaults.</summary>
public sealed record RollPupil(int ChildId, RollCohort Cohort, int YearGroup, SenProvision Sen, bool HasSchool, bool OutOfArea);

/// <summary>
/// The Virtual School's roll (measures.md §12): children in each cohort, children in care by phase, the share with SEN
/// (EHC plan, SEN support) and the share at a school outside the council's area.
/// </summary>
public static class RollMeasures
{
    public static IReadOnlyList<MeasureResult> Calculate(IEnumerable<RollPupil> pupils)
    {
        var all = pupils as IReadOnlyList<RollPupil> ?? pupils.ToList();
        var measures = new List<MeasureResult>();
        foreach (var cohort in Enum.GetValues<RollCohort>())
        {
            var ids = all.Where(p => p.Cohort == cohort).Select(p => p.ChildId).ToList();
            measures.Add(new($"education.roll.{Slug(cohort.ToString())}", RollCohorts.Label(cohort),
                $"{RollCohorts.Label(cohort)} on the Virtual School's roll at the period's end.", ids.Count, ids.Count, 0, MeasureUnits.Children, ids));
        }

        var inCare = all.Where(p => p.Cohort == RollCohort.InCare).ToList();
        foreach (var phase in Enum.GetValues<RollPhase>())
        {
            var ids = inCare.Where(p => RollCohorts.PhaseOf(p.YearGroup) == phase).Select(p => p.ChildId).ToList();
            measures.Add(new($"education.roll.phase.{Slug(phase.ToString())}", $"Children in care: {RollCohorts.Label(phase)}",
                $"Children in care on the roll whose year group for their age is in {RollCohorts.Label(phase).ToLowerInvariant()}.",
                ids.Count, ids.Count, 0, MeasureUnits.Children, ids));
        }

        measures.Add(Percent("education.roll.ehc-plan", "Children in care with an EHC plan",
            "Children in care on the roll at a school that records an education, health and care plan, out of those with a school recorded.",
            inCare.Where(p => p.HasSchool && p.Sen == SenProvision.EducationHealthAndCarePlan).ToList(), inCare.Where(p => p.HasSchool).ToList()));
        measures.Add(Percent("education.roll.sen-support", "Children in care with SEN support",
            "Children in care on the roll at a school that records SEN support, out of those with a school recorded.",
            inCare.Where(p => p.HasSchool && p.Sen == SenProvision.SenSupport).ToList(), inCare.Where(p => p.HasSchool).ToList()));
        measures.Add(Percent("education.roll.out-of-area", "Children in care at a school outside the council's area",
            "Children in care on the roll whose school is in another local authority, out of those with a school recorded.",
            inCare.Where(p => p.HasSchool && p.OutOfArea).ToList(), inCare.Where(p => p.HasSchool).ToList()));
        measures.Add(Percent("education.roll.no-school", "Children in care with no school recorded",
            "Children in care on the roll of Reception to Year 11 with no current school, out of all those children.",
            inCare.Where(p => !p.HasSchool && p.YearGroup is >= 0 and <= 11).ToList(), inCare.Where(p => p.YearGroup is >= 0 and <= 11).ToList()));
        return measures;
    }

    private static MeasureResult Percent(string id, string name, string definition, List<RollPupil> part, List<RollPupil> all) =>
        new(id, name, definition, all.Count == 0 ? null : Math.Round(100m * part.Count / all.Count, 1), part.Count, all.Count,
            MeasureUnits.Percent, part.Select(p => p.ChildId).ToList());

    private static string Slug(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
