using CoParent.Core.Education;
using CoParent.Core.Measures;
using static CoParent.Core.Tests.Measures.Histories;

namespace CoParent.Core.Tests.Education;

public class AttainmentMeasuresTests
{
    private const int Year = 2024; // 2024-25: the cohort is taken on 31 March 2025

    private static StatutoryResult Ks2(bool reading, bool writing, bool maths, int year = Year)
    {
        var r = new StatutoryResult { AcademicYear = year, Assessment = StatutoryAssessment.KeyStage2, Ks2ReadingExpected = reading, Ks2WritingExpected = writing, Ks2MathsExpected = maths };
        r.Normalise();
        return r;
    }

    private static StatutoryResult Ks4(decimal a8, bool grade4, bool grade5, int year = Year) =>
        new() { AcademicYear = year, Assessment = StatutoryAssessment.KeyStage4, Attainment8 = a8, EnglishMathsGrade4 = grade4, EnglishMathsGrade5 = grade5 };

    private static TeacherAssessment Judged(SchoolTerm term, AssessmentSubject subject, TeacherJudgement judgement) =>
        new() { AcademicYear = 2025, Term = term, Subject = subject, Judgement = judgement };

    private static AttainmentPupil Pupil(int id, string inCareFrom, StatutoryResult[] results, params TeacherAssessment[] assessments) =>
        new(id, [Episode(inCareFrom)], results, assessments);

    /// <summary>
    /// Cohort for 2024-25 (in care continuously from before 1 April 2024 to 31 March 2025): children 1, 2, 4, 5 and 6.
    /// Child 3 came into care on 1 October 2024, so its key stage 2 result is not counted.
    /// KS2 RWM: child 1 met all three, child 2 missed writing: 1 of 2 = 50.0%; England 61 gives a gap of 50.0 - 61 = -11.0.
    /// KS4: children 4 (A8 20.5, grade 4 yes, 5 no) and 5 (A8 15.0, no, no); child 6's result is from 2023-24.
    /// A8 = (20.5 + 15.0) / 2 = 17.75, shown 17.8; gap with England 46.3 = -28.5. Grade 4+ 1 of 2 = 50.0%; grade 5+ 0 of 2 = 0.0%.
    /// </summary>
    private static readonly AttainmentPupil[] Pupils =
    [
        Pupil(1, "2020-01-01", [Ks2(true, true, true)],
            Judged(SchoolTerm.Spring, AssessmentSubject.Reading, TeacherJudgement.AtExpected), Judged(SchoolTerm.Spring, AssessmentSubject.Maths, TeacherJudgement.AboveExpected),
            Judged(SchoolTerm.Autumn, AssessmentSubject.Reading, TeacherJudgement.WorkingTowards), Judged(SchoolTerm.Autumn, AssessmentSubject.Maths, TeacherJudgement.AtExpected)),
        Pupil(2, "2022-01-01", [Ks2(true, false, true)],
            Judged(SchoolTerm.Spring, AssessmentSubject.Reading, TeacherJudgement.AtExpected), Judged(SchoolTerm.Autumn, AssessmentSubject.Reading, TeacherJudgement.AtExpected)),
        Pupil(3, "2024-10-01", [Ks2(true, true, true)]),
        Pupil(4, "2019-05-01", [Ks4(20.5m, true, false)],
            Judged(SchoolTerm.Spring, AssessmentSubject.Maths, TeacherJudgement.WorkingTowards), Judged(SchoolTerm.Autumn, AssessmentSubject.Maths, TeacherJudgement.AtExpected)),
        Pupil(5, "2018-05-01", [Ks4(15.0m, false, false)]),
        Pupil(6, "2018-05-01", [Ks4(60m, true, true, year: 2023)]),
    ];

    private static readonly ComparisonFigure[] Comparisons =
    [
        new ComparisonFigure { MeasureId = AttainmentMeasures.Ks2Rwm, Area = ComparisonFigure.England, Value = 61m, Source = "test figure" },
        new ComparisonFigure { MeasureId = AttainmentMeasures.Ks4Attainment8, Area = ComparisonFigure.England, Value = 46.3m, Source = "test figure" },
    ];

    private static MeasureResult Statutory(string id) => AttainmentMeasures.Statutory(Pupils, Year, Comparisons).Single(m => m.Id == id);

    [Fact]
    public void Statutory_Ks2Rwm_CountsOnlyTheTwelveMonthCohort()
    {
        var rwm = Statutory(AttainmentMeasures.Ks2Rwm);

        Assert.Equal((50.0m, 1, 2), (rwm.Value, rwm.Numerator, rwm.Denominator));
        Assert.Equal([1], rwm.ChildIds);
    }

    [Fact]
    public void Statutory_Ks2GapWithEngland_IsOursMinusTheirsInPercentagePoints()
    {
        var gap = Statutory("attainment.ks2.rwm.gap.england");

        Assert.Equal(-11.0m, gap.Value);
        Assert.Equal(AttainmentMeasures.PercentagePoints, gap.Unit);
    }

    [Fact]
    public void Statutory_Attainment8_AveragesThisYearsScoresToOneDecimalPlace()
    {
        var a8 = Statutory(AttainmentMeasures.Ks4Attainment8);

        Assert.Equal((17.8m, 2), (a8.Value, a8.Denominator));
        Assert.Equal(-28.5m, Statutory("attainment.ks4.attainment8.gap.england").Value);
    }

    [Fact]
    public void Statutory_EnglishAndMaths_Grade4And5()
    {
        Assert.Equal(50.0m, Statutory(AttainmentMeasures.Ks4EnglishMaths4).Value);
        Assert.Equal(0.0m, Statutory(AttainmentMeasures.Ks4EnglishMaths5).Value);
    }

    [Fact]
    public void Statutory_NoEssexFigure_GapHasNoValueAndSaysSo()
    {
        var gap = Statutory("attainment.ks4.attainment8.gap.essex");

        Assert.Null(gap.Value);
        Assert.Contains("No Essex-wide figure for 2024-25", gap.Definition, StringComparison.Ordinal);
    }

    [Fact]
    public void Statutory_EssexFigureImported_GivesTheGap()
    {
        var withEssex = Comparisons.Append(new ComparisonFigure { MeasureId = AttainmentMeasures.Ks4EnglishMaths4, Area = ComparisonFigure.Essex, Value = 65m, Source = "Essex figure" }).ToList();

        var gap = AttainmentMeasures.Statutory(Pupils, Year, withEssex).Single(m => m.Id == "attainment.ks4.english-maths-4.gap.essex");

        Assert.Equal(50.0m - 65m, gap.Value);
    }

    [Fact]
    public void Statutory_NobodySatIt_HasNoValue()
    {
        Assert.Null(Statutory(AttainmentMeasures.Phonics).Value);
    }

    [Fact]
    public void StatutoryResult_Phonics32OrMore_MeetsTheStandard()
    {
        var met = new StatutoryResult { Assessment = StatutoryAssessment.PhonicsScreeningCheck, PhonicsScore = 32 };
        var notMet = new StatutoryResult { Assessment = StatutoryAssessment.PhonicsScreeningCheck, PhonicsScore = 31 };

        met.Normalise();
        notMet.Normalise();

        Assert.Equal((true, false), (met.PhonicsMet, notMet.PhonicsMet));
    }

    [Theory]
    [InlineData(2026, 3, 31, 2024)] // the year to March 2026 shows the summer 2025 results
    [InlineData(2025, 8, 31, 2024)]
    [InlineData(2025, 8, 30, 2023)]
    [InlineData(2025, 12, 31, 2024)]
    public void AcademicYearFor_Period_IsTheLatestAcademicYearEndedByItsLastDay(int year, int month, int day, int expected)
    {
        var period = new MeasurePeriod(new DateOnly(year - 1, 1, 1), new DateOnly(year, month, day));

        Assert.Equal(expected, AttainmentMeasures.AcademicYearFor(period));
    }

    /// <summary>
    /// Year to 31 March 2026: spring 2025-26 against autumn 2025-26; the cohort is 1-6 (child 3 in care since October 2024).
    /// 1: reading WT→At, maths At→Above: +2, improved; on track now, not before. 2: reading At→At, same; on track both.
    /// 4: maths At→WT: fell; on track before, not now. 3, 5, 6 not assessed.
    /// On track now 2 of 3 = 66.7%, before 2 of 3 = 66.7%; improved, same, fell 1 of 3 each = 33.3%.
    /// </summary>
    [Fact]
    public void Progress_LatestTermAgainstThePrevious()
    {
        var progress = AttainmentMeasures.Progress(Pupils, MeasurePeriod.YearToMarch(2026)).ToDictionary(m => m.Id);

        Assert.Equal((66.7m, 2, 3), (progress["attainment.progress.on-track"].Value, progress["attainment.progress.on-track"].Numerator, progress["attainment.progress.on-track"].Denominator));
        Assert.Equal(66.7m, progress["attainment.progress.on-track-previous"].Value);
        Assert.Equal([1], progress["attainment.progress.improved"].ChildIds);
        Assert.Equal([2], progress["attainment.progress.same"].ChildIds);
        Assert.Equal([4], progress["attainment.progress.fell"].ChildIds);
        Assert.Equal(33.3m, progress["attainment.progress.fell"].Value);
    }
}
