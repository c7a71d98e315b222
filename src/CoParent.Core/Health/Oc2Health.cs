using System.Globalization;
using CoParent.Core.Children;
using CoParent.Core.Measures;

namespace CoParent.Core.Health;

public enum HealthRecordKind
{
    Assessment,
    DentalCheck,
    ImmunisationCheck,
    Sdq,
}

/// <summary>
/// Keeps a child's OC2 row (SSDA903 health outcomes for the year to 31 March) in step with what workers record,
/// so the return is not typed in twice. Only the field the new record answers is set, worked out from all that
/// child's records of that kind in the year: a value imported from a return is otherwise left as it was.
/// </summary>
public static class Oc2Health
{
    /// <summary>The collection year (named by the year it ends) containing the date.</summary>
    public static int CollectionYearOf(DateOnly date) => date.Month >= 4 ? date.Year + 1 : date.Year;

    /// <summary>Whether the child belongs in the year's OC2 table: looked after continuously for the 12 months to 31 March.</summary>
    public static bool InCohort(ChildHealth child, int collectionYear) =>
        HealthTimetable.ContinuouslyLookedAfter(child.Episodes, new DateOnly(collectionYear, 3, 31));

    /// <summary>
    /// Sets the OC2 fields a record of <paramref name="kind"/> answers, from the child's records dated in the year:
    /// <list type="bullet">
    /// <item>HEALTH_ASSESSMENT: 1 when a health assessment was held in the year; HEALTH_CHECK, asked only of children
    /// under 5 at 31 March (rules 545 and 546), 1 likewise: their assessments include the development check.</item>
    /// <item>IMMUNISATIONS: 1 when the latest check in the year found them up to date, else 0.</item>
    /// <item>TEETH_CHECK: 1 when a dentist checked the child's teeth in the year.</item>
    /// <item>SDQ_SCORE: the latest carer-completed score in the year, for a child of SDQ age (4 at 31 March to 16 at
    /// 1 April, as rules 188 and 189 allow); the reason for no score is cleared (rule 197a).</item>
    /// </list>
    /// Returns false when nothing changed.
    /// </summary>
    public static bool Apply(AnnualHealthOutcome row, ChildHealth child, HealthRecordKind kind)
    {
        var year = MeasurePeriod.YearToMarch(row.CollectionYear);
        var before = (row.HealthAssessment, row.HealthCheck, row.Immunisations, row.TeethCheck, row.SdqScore, row.SdqReason);
        switch (kind)
        {
            case HealthRecordKind.Assessment:
                var held = child.Assessments.Any(a => year.Contains(a.HeldOn));
                row.HealthAssessment = Flag(held);
                if (Age.On(child.DateOfBirth, year.To) < 5) row.HealthCheck = Flag(held);
                break;
            case HealthRecordKind.ImmunisationCheck:
                var latest = child.Immunisations.Where(i => year.Contains(i.CheckedOn)).MaxBy(i => i.CheckedOn);
                row.Immunisations = Flag(latest is { UpToDate: true });
                break;
            case HealthRecordKind.DentalCheck:
                row.TeethCheck = Flag(child.DentalChecks.Any(year.Contains));
                break;
            case HealthRecordKind.Sdq:
                var sdqAge = Age.On(child.DateOfBirth, year.To) >= 4 && Age.On(child.DateOfBirth, year.From) <= 16;
                var score = child.Sdqs.Where(s => s.CompletedBy == SdqInformant.Carer && year.Contains(s.CompletedOn)).MaxBy(s => s.CompletedOn);
                if (sdqAge && score is not null)
                {
                    row.SdqScore = score.Score.ToString(CultureInfo.InvariantCulture);
                    row.SdqReason = null;
                }
                break;
        }
        return before != (row.HealthAssessment, row.HealthCheck, row.Immunisations, row.TeethCheck, row.SdqScore, row.SdqReason);
    }

    private static string Flag(bool value) => value ? "1" : "0";
}
