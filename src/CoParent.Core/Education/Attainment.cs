using CoParent.Core.Children;

namespace CoParent.Core.Education;

/// <summary>The subjects a teacher judges each term: the national curriculum's core subjects, and one for the rest.</summary>
public enum AssessmentSubject
{
    Reading = 1,
    Writing = 2,
    Maths = 3,
    Science = 4,
    English = 5,
    Other = 6,
}

/// <summary>A teacher's judgement of where a pupil is against what is expected for their year group.</summary>
public enum TeacherJudgement
{
    WorkingTowards = 1,
    AtExpected = 2,
    AboveExpected = 3,
}

/// <summary>One termly teacher assessment of a child in one subject, as the school reports it for the PEP.</summary>
public class TeacherAssessment
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    /// <summary>The calendar year the academic year starts in (2026 for 2026-27).</summary>
    public int AcademicYear { get; set; }
    public SchoolTerm Term { get; set; }
    public AssessmentSubject Subject { get; set; }
    public TeacherJudgement Judgement { get; set; }

    /// <summary>The user name of whoever recorded it.</summary>
    public string RecordedBy { get; set; } = "";
    public DateTime RecordedAt { get; set; }

    /// <summary>Terms in order across years: 2025 Summer comes before 2026 Autumn.</summary>
    public static int TermIndex(int academicYear, SchoolTerm term) => academicYear * 3 + (int)term - 1;

    /// <summary>The term a date falls in: September to December autumn, January to March spring, April to August summer (Easter moves; this is near enough to file a judgement).</summary>
    public static (int AcademicYear, SchoolTerm Term) TermOf(DateOnly date) =>
        (SchoolYear.AcademicYearStarting(date), date.Month switch { >= 9 => SchoolTerm.Autumn, <= 3 => SchoolTerm.Spring, _ => SchoolTerm.Summer });

    public static string Describe(TeacherJudgement judgement) => judgement switch
    {
        TeacherJudgement.WorkingTowards => "Working towards expected",
        TeacherJudgement.AtExpected => "At expected",
        _ => "Above expected",
    };
}

/// <summary>The statutory assessments a child sits in England, from the end of Reception to the end of Year 11.</summary>
public enum StatutoryAssessment
{
    /// <summary>Early years foundation stage profile, end of Reception: good level of development or not.</summary>
    EarlyYearsFoundationStage = 1,

    /// <summary>Phonics screening check, Year 1: a mark out of 40; 32 or more meets the expected standard.</summary>
    PhonicsScreeningCheck = 2,

    /// <summary>Key stage 2, Year 6: the expected standard in reading, writing and maths, and the higher standard.</summary>
    KeyStage2 = 3,

    /// <summary>Key stage 4, Year 11 (GCSEs): Attainment 8, English and maths at grade 4 and 5 or above, Progress 8.</summary>
    KeyStage4 = 4,
}

/// <summary>One child's result in one statutory assessment in one academic year; only the fields for that assessment are set.</summary>
public class StatutoryResult
{
    public const int PhonicsExpectedStandard = 32;

    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    /// <summary>The calendar year the academic year starts in: the summer 2026 results are 2025.</summary>
    public int AcademicYear { get; set; }
    public StatutoryAssessment Assessment { get; set; }

    public bool? GoodLevelOfDevelopment { get; set; }

    public int? PhonicsScore { get; set; }

    /// <summary>Whether the phonics mark met the expected standard: worked out from the mark, never entered.</summary>
    public bool? PhonicsMet { get; set; }

    public bool? Ks2ReadingExpected { get; set; }
    public bool? Ks2WritingExpected { get; set; }
    public bool? Ks2MathsExpected { get; set; }

    /// <summary>Reading, writing (teacher assessment) and maths all at the expected standard: the DfE's RWM combined measure.</summary>
    public bool? Ks2RwmExpected { get; set; }

    /// <summary>The higher standard in reading, writing and maths together.</summary>
    public bool? Ks2HighStandard { get; set; }

    /// <summary>Attainment 8 score, 0 to 90.</summary>
    public decimal? Attainment8 { get; set; }
    public bool? EnglishMathsGrade4 { get; set; }
    public bool? EnglishMathsGrade5 { get; set; }

    /// <summary>Progress 8, about -5 to +5; optional (not published for every year).</summary>
    public decimal? Progress8 { get; set; }

    public string RecordedBy { get; set; } = "";
    public DateTime RecordedAt { get; set; }

    public static string Describe(StatutoryAssessment assessment) => assessment switch
    {
        StatutoryAssessment.EarlyYearsFoundationStage => "Early years foundation stage profile",
        StatutoryAssessment.PhonicsScreeningCheck => "Phonics screening check",
        StatutoryAssessment.KeyStage2 => "Key stage 2",
        _ => "Key stage 4 (GCSE)",
    };

    /// <summary>The year group the assessment is normally taken in (Reception is 0).</summary>
    public static int YearGroupFor(StatutoryAssessment assessment) => assessment switch
    {
        StatutoryAssessment.EarlyYearsFoundationStage => 0,
        StatutoryAssessment.PhonicsScreeningCheck => 1,
        StatutoryAssessment.KeyStage2 => 6,
        _ => 11,
    };

    /// <summary>Sets the fields worked out from others (phonics met, RWM combined) and clears the ones for other assessments.</summary>
    public void Normalise()
    {
        if (Assessment != StatutoryAssessment.EarlyYearsFoundationStage) GoodLevelOfDevelopment = null;
        if (Assessment == StatutoryAssessment.PhonicsScreeningCheck)
        {
            PhonicsMet = PhonicsScore is { } score ? score >= PhonicsExpectedStandard : null;
        }
        else
        {
            PhonicsScore = null;
            PhonicsMet = null;
        }
        if (Assessment == StatutoryAssessment.KeyStage2)
        {
            Ks2RwmExpected = Ks2ReadingExpected is { } r && Ks2WritingExpected is { } w && Ks2MathsExpected is { } m ? r && w && m : null;
        }
        else
        {
            Ks2ReadingExpected = Ks2WritingExpected = Ks2MathsExpected = Ks2RwmExpected = Ks2HighStandard = null;
        }
        if (Assessment != StatutoryAssessment.KeyStage4)
        {
            Attainment8 = Progress8 = null;
            EnglishMathsGrade4 = EnglishMathsGrade5 = null;
        }
    }

    /// <summary>What is missing or impossible, keyed by property name; empty when the result can be saved.</summary>
    public IEnumerable<(string Key, string Message)> Validate()
    {
        switch (Assessment)
        {
            case StatutoryAssessment.EarlyYearsFoundationStage:
                if (GoodLevelOfDevelopment is null) yield return (nameof(GoodLevelOfDevelopment), "Select whether the child reached a good level of development");
                break;
            case StatutoryAssessment.PhonicsScreeningCheck:
                if (PhonicsScore is null) yield return (nameof(PhonicsScore), "Enter the phonics mark, a whole number from 0 to 40");
                else if (PhonicsScore is < 0 or > 40) yield return (nameof(PhonicsScore), "The phonics mark must be from 0 to 40");
                break;
            case StatutoryAssessment.KeyStage2:
                if (Ks2ReadingExpected is null) yield return (nameof(Ks2ReadingExpected), "Select whether the child met the expected standard in reading");
                if (Ks2WritingExpected is null) yield return (nameof(Ks2WritingExpected), "Select whether the child met the expected standard in writing");
                if (Ks2MathsExpected is null) yield return (nameof(Ks2MathsExpected), "Select whether the child met the expected standard in maths");
                if (Ks2HighStandard is true && (Ks2ReadingExpected is false || Ks2WritingExpected is false || Ks2MathsExpected is false))
                {
                    yield return (nameof(Ks2HighStandard), "The higher standard needs the expected standard in reading, writing and maths");
                }
                break;
            case StatutoryAssessment.KeyStage4:
                if (Attainment8 is null) yield return (nameof(Attainment8), "Enter the Attainment 8 score, from 0 to 90");
                else if (Attainment8 is < 0 or > 90) yield return (nameof(Attainment8), "The Attainment 8 score must be from 0 to 90");
                if (EnglishMathsGrade4 is null) yield return (nameof(EnglishMathsGrade4), "Select whether the child got grade 4 or above in English and maths");
                if (EnglishMathsGrade5 is null) yield return (nameof(EnglishMathsGrade5), "Select whether the child got grade 5 or above in English and maths");
                if (EnglishMathsGrade5 is true && EnglishMathsGrade4 is false)
                {
                    yield return (nameof(EnglishMathsGrade5), "Grade 5 or above in English and maths includes grade 4 or above: check both answers");
                }
                if (Progress8 is < -10 or > 10) yield return (nameof(Progress8), "Progress 8 must be from -10 to 10");
                break;
            default:
                yield return (nameof(Assessment), "Select which assessment the result is for");
                break;
        }
    }
}

/// <summary>
/// A published figure to compare our figures with: for one year and measure (an Id in the measure registry), the
/// value for an area ("Essex" all pupils, "England", "Statistical neighbours", "England children looked after"),
/// with where it was published. Used by the attainment gap and by the Panel's scorecard.
/// </summary>
public class ComparisonFigure
{
    public const string Essex = "Essex";
    public const string England = "England";
    public const string EnglandLookedAfter = "England children looked after";

    /// <summary>The average of the council's statistical neighbours, as the DfE's LAIT tool and tables give it.</summary>
    public const string StatisticalNeighbours = "Statistical neighbours";
    public static readonly IReadOnlyList<string> Areas = [Essex, England, EnglandLookedAfter, StatisticalNeighbours];

    public int Id { get; set; }

    /// <summary>The year the figure covers, by the year it starts: 2024 is 2024-25, an academic year or a year to 31 March.</summary>
    public int AcademicYear { get; set; }
    public string MeasureId { get; set; } = "";
    public string Area { get; set; } = "";
    public decimal Value { get; set; }
    public string Source { get; set; } = "";
}
