using CoParent.Core.Health;
using CoParent.Core.Measures;

namespace CoParent.Core.Education;

/// <summary>What the attainment measures need about one child: their episodes, statutory results and teacher assessments.</summary>
public sealed record AttainmentPupil(
    int ChildId,
    IReadOnlyList<EpisodeFacts> Episodes,
    IReadOnlyList<StatutoryResult> Results,
    IReadOnlyList<TeacherAssessment> Assessments);

/// <summary>
/// Attainment of children in care in the DfE's way (measures.md §10): the cohort for an academic year is the children
/// looked after continuously for 12 months or more at 31 March in that year (not on short breaks), and each figure is
/// compared with the published figure for all pupils where one has been imported, as a gap in percentage points or
/// Attainment 8 points (ours minus theirs, so a negative gap is how far behind).
/// </summary>
public static class AttainmentMeasures
{
    public const string PercentagePoints = "percentage points";
    public const string Points = "points";

    public const string Ks2Rwm = "attainment.ks2.rwm";
    public const string Ks4Attainment8 = "attainment.ks4.attainment8";
    public const string Ks4EnglishMaths4 = "attainment.ks4.english-maths-4";
    public const string Ks4EnglishMaths5 = "attainment.ks4.english-maths-5";
    public const string EyfsGld = "attainment.eyfs.gld";
    public const string Phonics = "attainment.phonics";

    /// <summary>The headline statutory measures in the order pages show them, with their names.</summary>
    public static readonly IReadOnlyList<(string Id, string Name, StatutoryAssessment Assessment)> Headlines =
    [
        (EyfsGld, "Good level of development (end of Reception)", StatutoryAssessment.EarlyYearsFoundationStage),
        (Phonics, "Met the phonics standard (Year 1)", StatutoryAssessment.PhonicsScreeningCheck),
        (Ks2Rwm, "Expected standard in reading, writing and maths (key stage 2)", StatutoryAssessment.KeyStage2),
        (Ks4Attainment8, "Average Attainment 8 score (key stage 4)", StatutoryAssessment.KeyStage4),
        (Ks4EnglishMaths4, "Grade 4 or above in English and maths (key stage 4)", StatutoryAssessment.KeyStage4),
        (Ks4EnglishMaths5, "Grade 5 or above in English and maths (key stage 4)", StatutoryAssessment.KeyStage4),
    ];

    /// <summary>31 March in the academic year: the day the DfE's 12-month cohort is taken.</summary>
    public static DateOnly CohortDate(int academicYear) => new(academicYear + 1, 3, 31);

    /// <summary>
    /// The academic year whose results a reporting period shows: the latest academic year ending (31 August) on or
    /// before the period's last day, because results come in the summer. The year to March 2026 shows 2024-25.
    /// </summary>
    public static int AcademicYearFor(MeasurePeriod period) =>
        period.To.Month == 8 && period.To.Day == 31 ? SchoolYear.AcademicYearStarting(period.To) : SchoolYear.AcademicYearStarting(period.To) - 1;

    public static bool InCohort(AttainmentPupil pupil, int academicYear) =>
        HealthTimetable.ContinuouslyLookedAfter(pupil.Episodes, CohortDate(academicYear));

    /// <summary>The statutory measures for an academic year and their gaps with each comparison figure that year.</summary>
    public static IReadOnlyList<MeasureResult> Statutory(IEnumerable<AttainmentPupil> pupils, int academicYear, IReadOnlyList<ComparisonFigure> comparisons)
    {
        var cohort = pupils.Where(p => InCohort(p, academicYear)).ToList();
        var label = SchoolYear.AcademicYearLabel(academicYear);
        StatutoryResult? ResultOf(AttainmentPupil p, StatutoryAssessment a) => p.Results.FirstOrDefault(r => r.AcademicYear == academicYear && r.Assessment == a);
        var measures = new List<MeasureResult>();
        foreach (var (id, name, assessment) in Headlines)
        {
            var sat = cohort.Select(p => (p.ChildId, Result: ResultOf(p, assessment))).Where(x => x.Result is not null).Select(x => (x.ChildId, Result: x.Result!)).ToList();
            var definition = $"Children looked after continuously for 12 months or more at 31 March {academicYear + 1} with a {StatutoryResult.Describe(assessment).ToLowerInvariant()} result in {label}";
            MeasureResult ours;
            if (id == Ks4Attainment8)
            {
                var scored = sat.Where(x => x.Result.Attainment8 is not null).ToList();
                var total = scored.Sum(x => x.Result.Attainment8!.Value);
                ours = new MeasureResult(id, name, definition + ": their average Attainment 8 score, to 1 decimal place (DfE outcomes for children looked after, measures.md §10).",
                    scored.Count == 0 ? null : Math.Round(total / scored.Count, 1, MidpointRounding.AwayFromZero),
                    (int)Math.Round(total, MidpointRounding.AwayFromZero), scored.Count, MeasureUnits.AverageScore, scored.Select(x => x.ChildId).ToList());
            }
            else
            {
                Func<StatutoryResult, bool?> achieved = id switch
                {
                    EyfsGld => r => r.GoodLevelOfDevelopment,
                    Phonics => r => r.PhonicsMet,
                    Ks2Rwm => r => r.Ks2RwmExpected,
                    Ks4EnglishMaths4 => r => r.EnglishMathsGrade4,
                    _ => r => r.EnglishMathsGrade5,
                };
                var counted = sat.Where(x => achieved(x.Result) is not null).ToList();
                var met = counted.Where(x => achieved(x.Result) == true).Select(x => x.ChildId).ToList();
                ours = new MeasureResult(id, name, definition + ": those who did, out of all of them (measures.md §10).",
                    counted.Count == 0 ? null : Math.Round(met.Count * 100m / counted.Count, 1),
                    met.Count, counted.Count, MeasureUnits.Percent, met);
            }
            measures.Add(ours);
            measures.AddRange(Gaps(ours, academicYear, comparisons));
        }
        return measures;
    }

    /// <summary>
    /// Our figure minus each comparison for the year, one measure per area. There is always an Essex gap: when the
    /// council has not imported an Essex-wide figure it has no value and says so.
    /// </summary>
    public static IEnumerable<MeasureResult> Gaps(MeasureResult ours, int academicYear, IReadOnlyList<ComparisonFigure> comparisons)
    {
        var unit = ours.Unit == MeasureUnits.Percent ? PercentagePoints : Points;
        var label = SchoolYear.AcademicYearLabel(academicYear);
        foreach (var area in AttainmentAreas)
        {
            var figure = comparisons.FirstOrDefault(c => c.MeasureId == ours.Id && c.Area == area);
            var id = $"{ours.Id}.gap.{AreaKey(area)}";
            var name = $"{ours.Name}: gap with {(area == ComparisonFigure.Essex ? "all pupils in Essex" : area == ComparisonFigure.England ? "all pupils in England" : "children looked after in England")}";
            if (figure is null)
            {
                if (area != ComparisonFigure.Essex) continue;
                yield return new MeasureResult(id, name,
                    $"No Essex-wide figure for {label} has been imported, so the gap cannot be worked out. Import the published figure from Comparison figures.",
                    null, ours.Numerator, ours.Denominator, unit, ours.ChildIds);
                continue;
            }
            yield return new MeasureResult(id, name,
                $"Our children in care ({ours.Value?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? "no figure"}) minus {area} " +
                $"({figure.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}, {figure.Source}) in {label}, in {unit}; below zero is behind.",
                ours.Value is { } v ? v - figure.Value : null, ours.Numerator, ours.Denominator, unit, ours.ChildIds);
        }
    }

    /// <summary>The areas an attainment gap is worked out against: the three the DfE and the council publish for pupils.</summary>
    public static readonly IReadOnlyList<string> AttainmentAreas = [ComparisonFigure.Essex, ComparisonFigure.England, ComparisonFigure.EnglandLookedAfter];

    public static string AreaKey(string area) => area switch
    {
        ComparisonFigure.Essex => "essex",
        ComparisonFigure.England => "england",
        _ => "england-cla",
    };

    /// <summary>
    /// Progress in teacher assessments for children looked after continuously for 12 months at the period's end: each
    /// child's judgements in the term the period ends in against the term before, subject by subject (working towards 1,
    /// at 2, above 3). A child improved when the sum over the subjects judged in both terms rose, fell when it dropped.
    /// </summary>
    public static IReadOnlyList<MeasureResult> Progress(IEnumerable<AttainmentPupil> pupils, MeasurePeriod period)
    {
        var (year, term) = TeacherAssessment.TermOf(period.To);
        var latest = TeacherAssessment.TermIndex(year, term);
        var cohort = pupils.Where(p => HealthTimetable.ContinuouslyLookedAfter(p.Episodes, period.To)).ToList();
        List<int> onTrackNow = [], judgedNow = [], onTrackBefore = [], judgedBefore = [], improved = [], same = [], fell = [], compared = [];
        foreach (var p in cohort)
        {
            var now = p.Assessments.Where(a => TeacherAssessment.TermIndex(a.AcademicYear, a.Term) == latest).GroupBy(a => a.Subject).ToDictionary(g => g.Key, g => g.MaxBy(a => a.RecordedAt)!.Judgement);
            var before = p.Assessments.Where(a => TeacherAssessment.TermIndex(a.AcademicYear, a.Term) == latest - 1).GroupBy(a => a.Subject).ToDictionary(g => g.Key, g => g.MaxBy(a => a.RecordedAt)!.Judgement);
            if (now.Count > 0) { judgedNow.Add(p.ChildId); if (now.Values.All(j => j >= TeacherJudgement.AtExpected)) onTrackNow.Add(p.ChildId); }
            if (before.Count > 0) { judgedBefore.Add(p.ChildId); if (before.Values.All(j => j >= TeacherJudgement.AtExpected)) onTrackBefore.Add(p.ChildId); }
            var both = now.Keys.Intersect(before.Keys).ToList();
            if (both.Count == 0) continue;
            compared.Add(p.ChildId);
            var change = both.Sum(s => (int)now[s] - (int)before[s]);
            (change > 0 ? improved : change < 0 ? fell : same).Add(p.ChildId);
        }
        var termLabel = $"{term} term {SchoolYear.AcademicYearLabel(year)}";
        const string who = "Children looked after continuously for 12 months to the period's end";
        return
        [
            Percent("attainment.progress.on-track", $"At or above expected in every subject judged ({termLabel})",
                $"{who} whose teacher assessments in the {termLabel} are all at or above expected, out of those assessed that term.", onTrackNow, judgedNow.Count),
            Percent("attainment.progress.on-track-previous", "At or above expected in every subject judged (the term before)",
                $"{who} whose teacher assessments in the term before the {termLabel} were all at or above expected, out of those assessed then.", onTrackBefore, judgedBefore.Count),
            Percent("attainment.progress.improved", "Teacher assessments improved since the term before",
                $"{who} assessed in both terms whose judgements in the subjects assessed both times rose overall, out of those children.", improved, compared.Count),
            Percent("attainment.progress.same", "Teacher assessments the same as the term before",
                $"{who} assessed in both terms whose judgements overall stayed the same, out of those children.", same, compared.Count),
            Percent("attainment.progress.fell", "Teacher assessments fell since the term before",
                $"{who} assessed in both terms whose judgements overall fell, out of those children.", fell, compared.Count),
        ];
    }

    private static MeasureResult Percent(string id, string name, string definition, List<int> numerator, int denominator) =>
        new(id, name, definition, denominator == 0 ? null : Math.Round(numerator.Count * 100m / denominator, 1), numerator.Count, denominator, MeasureUnits.Percent, numerator);
}
