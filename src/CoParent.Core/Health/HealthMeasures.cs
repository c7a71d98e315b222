using CoParent.Core.Children;
using CoParent.Core.Measures;

namespace CoParent.Core.Health;

/// <summary>
/// Outcome 4's health measures for a period, in the shape of the DfE's OC2 figures (measures.md §5): the cohort is
/// children looked after continuously for the 12 months to the period's last day (not on short breaks), and each
/// figure looks back 12 months from that day. Health passports are counted for care leavers.
/// </summary>
public static class HealthMeasures
{
    public const string ScoreUnit = MeasureUnits.AverageScore;

    public static IReadOnlyList<MeasureResult> Calculate(IEnumerable<ChildHealth> children, MeasurePeriod period)
    {
        var end = period.To;
        var yearAgo = end.AddYears(-1);
        var halfYearAgo = end.AddMonths(-6);
        var all = children as IReadOnlyList<ChildHealth> ?? children.ToList();
        var cohort = all.Where(c => HealthTimetable.ContinuouslyLookedAfter(c.Episodes, end)).ToList();
        bool InLastYear(DateOnly d) => d > yearAgo && d <= end;

        var measures = new List<MeasureResult>
        {
            Percent("health.annual-check", "Health assessments up to date",
                "Children looked after continuously for the 12 months to the period's end who had a health assessment in the last " +
                "12 months (the last 6 months for children under 5), out of all those children (DfE OC2 cohort, measures.md §5).",
                cohort.Where(c => c.Assessments.Any(a => a.HeldOn <= end
                    && a.HeldOn > (Age.On(c.DateOfBirth, end) < 5 ? halfYearAgo : yearAgo))).ToList(), cohort),
            Percent("health.immunisations", "Immunisations up to date",
                "Children looked after continuously for the 12 months to the period's end whose latest immunisation check in those " +
                "12 months found them up to date, out of all those children.",
                cohort.Where(c => c.Immunisations.Where(i => InLastYear(i.CheckedOn)).MaxBy(i => i.CheckedOn) is { UpToDate: true }).ToList(), cohort),
            Percent("health.dental", "Teeth checked by a dentist",
                "Children looked after continuously for the 12 months to the period's end who had their teeth checked by a dentist " +
                "in those 12 months, out of all those children.",
                cohort.Where(c => c.DentalChecks.Any(InLastYear)).ToList(), cohort),
        };
        measures.AddRange(Sdq(cohort, end, InLastYear));
        measures.AddRange(Passports(all, period));
        return measures;
    }

    /// <summary>
    /// The latest carer-completed SDQ in the 12 months of each child in the cohort aged 5 to 16 at the period's end:
    /// the average total difficulties score to 1 decimal place and the share in each band (measures.md §5).
    /// </summary>
    private static IEnumerable<MeasureResult> Sdq(List<ChildHealth> cohort, DateOnly end, Func<DateOnly, bool> inLastYear)
    {
        var scored = cohort
            .Where(c => Age.On(c.DateOfBirth, end) is >= 5 and <= 16)
            .Select(c => (Child: c, Sdq: c.Sdqs.Where(s => s.CompletedBy == SdqInformant.Carer && inLastYear(s.CompletedOn)).MaxBy(s => s.CompletedOn)))
            .Where(x => x.Sdq is not null)
            .Select(x => (x.Child, Score: x.Sdq!.Score))
            .ToList();
        var ids = scored.Select(x => x.Child.ChildId).ToList();
        yield return new MeasureResult("health.sdq.average", "Average SDQ score",
            "The average total difficulties score (0 to 40, lower is better) of the latest Strengths and Difficulties Questionnaire " +
            "completed by the carer in the 12 months, for children aged 5 to 16 looked after continuously for those 12 months.",
            scored.Count == 0 ? null : Math.Round((decimal)scored.Sum(x => x.Score) / scored.Count, 1, MidpointRounding.AwayFromZero),
            scored.Sum(x => x.Score), scored.Count, ScoreUnit, ids);
        foreach (var (band, id, range) in new[]
                 {
                     (SdqBand.Normal, "health.sdq.normal", "0 to 13"),
                     (SdqBand.Borderline, "health.sdq.borderline", "14 to 16"),
                     (SdqBand.CauseForConcern, "health.sdq.concern", "17 to 40"),
                 })
        {
            var inBand = scored.Where(x => HealthTimetable.Band(x.Score) == band).Select(x => x.Child).ToList();
            yield return Percent(id, $"SDQ score {HealthTimetable.Describe(band).ToLowerInvariant()} ({range})",
                $"Children whose latest carer-completed SDQ score in the 12 months was {range}, out of the children with a score " +
                "(aged 5 to 16, looked after continuously for the 12 months).",
                inBand, scored.Select(x => x.Child).ToList());
        }
    }

    /// <summary>
    /// A care leaver here is aged 18 to 21 at the period's end, not in care then, whose care ended on or after their 18th
    /// birthday (they left care as an adult, so are owed leaving-care support).
    /// </summary>
    private static IEnumerable<MeasureResult> Passports(IReadOnlyList<ChildHealth> all, MeasurePeriod period)
    {
        var end = period.To;
        var given = all.Where(c => c.Passports.Any(period.Contains)).ToList();
        yield return new MeasureResult("health.passport.given", "Health passports given",
            "Young people given a health passport (their health history to keep) in the period.",
            given.Count, given.Count, 0, MeasureUnits.Children, given.Select(c => c.ChildId).ToList());

        var leavers = all.Where(c => IsCareLeaver(c, end)).ToList();
        yield return Percent("health.passport.care-leavers", "Care leavers with a health passport",
            "Care leavers aged 18 to 21 at the period's end, whose care ended on or after their 18th birthday, who have been given " +
            "a health passport, out of all those care leavers.",
            leavers.Where(c => c.Passports.Any(p => p <= end)).ToList(), leavers);
    }

    public static bool IsCareLeaver(ChildHealth child, DateOnly date)
    {
        var age = Age.On(child.DateOfBirth, date);
        if (age is < 18 or > 21 || child.Episodes.Any(e => e.IsOpenOn(date))) return false;
        var eighteenth = Age.Birthday(child.DateOfBirth, child.DateOfBirth.Year + 18);
        return child.Episodes.Any(e => e.Dec is { } dec && dec >= eighteenth && dec <= date);
    }

    private static MeasureResult Percent(string id, string name, string definition, List<ChildHealth> numerator, List<ChildHealth> denominator) =>
        new(id, name, definition,
            denominator.Count == 0 ? null : Math.Round(numerator.Count * 100m / denominator.Count, 1),
            numerator.Count, denominator.Count, MeasureUnits.Percent, numerator.Select(c => c.ChildId).ToList());
}
