using CoParent.Core.Education;
using CoParent.Data.Ssda903.Storing;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.Demo;

/// <summary>
/// The demo council's attainment: teacher judgements in reading, writing and maths (English and maths from Year 7)
/// for the last three terms of every child on a school's roll, and last summer's statutory results for the children in
/// the right year groups, at rates like children looked after nationally (KS2 reading, writing and maths about 35%,
/// Attainment 8 about 20, English and maths grade 4 or above about 15%). Each child has one steady "ability", so their
/// results and judgements agree. Also Essex comparison figures, labelled as demo data: the real ones are imported.
/// Does nothing when there are no enrolments.
/// </summary>
public static class DemoAttainment
{
    public const string DemoSource = "Demo data: not a published figure";

    public static async Task SaveAsync(CoParentDbContext db, DateOnly asAt, int seed, CancellationToken ct)
    {
        var resultsYear = SchoolYear.AcademicYearStarting(asAt) - (asAt.Month == 8 && asAt.Day == 31 ? 0 : 1);
        var summer = new DateOnly(resultsYear + 1, 7, 1);
        var enrolled = await db.SchoolEnrolments.AsNoTracking()
            .Where(e => (e.From <= asAt && (e.To == null || e.To >= asAt)) || (e.From <= summer && (e.To == null || e.To >= summer)))
            .Select(e => new { e.ChildId, e.From, e.To, e.YearGroupOverride, e.Child!.DateOfBirth })
            .OrderBy(e => e.ChildId).ToListAsync(ct);
        if (enrolled.Count == 0) return;

        var random = new Random(seed + 5_006);
        var recordedAt = DateTime.SpecifyKind(asAt.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);
        var (year, term) = TeacherAssessment.TermOf(asAt);
        var terms = new List<(int Year, SchoolTerm Term)> { (year, term) };
        for (var i = 0; i < 2; i++)
        {
            var (y, t) = terms[^1];
            terms.Add(t == SchoolTerm.Autumn ? (y - 1, SchoolTerm.Summer) : (y, t - 1));
        }
        var assessments = new List<TeacherAssessment>();
        var results = new List<StatutoryResult>();
        foreach (var child in enrolled.GroupBy(e => e.ChildId))
        {
            // A child's steady ability: most children in care are behind, some are on track or ahead.
            var ability = Normal(random);
            var first = child.First();
            var now = child.FirstOrDefault(e => e.From <= asAt && (e.To is null || e.To >= asAt));
            if (now is not null)
            {
                var yearGroup = now.YearGroupOverride ?? SchoolYear.YearGroupFor(now.DateOfBirth, asAt);
                AssessmentSubject[] subjects = yearGroup switch
                {
                    < 1 or > 11 => [],
                    <= 6 => [AssessmentSubject.Reading, AssessmentSubject.Writing, AssessmentSubject.Maths],
                    _ => [AssessmentSubject.English, AssessmentSubject.Maths],
                };
                var drift = 0.0;
                foreach (var (y, t) in terms.AsEnumerable().Reverse())
                {
                    drift += (random.NextDouble() - 0.45) * 0.4; // a little progress, on average
                    foreach (var subject in subjects)
                    {
                        var score = ability + drift + (random.NextDouble() - 0.5) * 0.8;
                        assessments.Add(new TeacherAssessment
                        {
                            ChildId = child.Key, AcademicYear = y, Term = t, Subject = subject, RecordedBy = "demo", RecordedAt = recordedAt,
                            Judgement = score > 1.2 ? TeacherJudgement.AboveExpected : score > 0.1 ? TeacherJudgement.AtExpected : TeacherJudgement.WorkingTowards,
                        });
                    }
                }
            }
            if (!child.Any(e => e.From <= summer && (e.To is null || e.To >= summer))) continue;
            var sat = first.YearGroupOverride ?? SchoolYear.YearGroupFor(first.DateOfBirth, summer);
            var result = new StatutoryResult { ChildId = child.Key, AcademicYear = resultsYear, RecordedBy = "demo", RecordedAt = recordedAt };
            bool Passes(double threshold) => ability + (random.NextDouble() - 0.5) * 0.6 > threshold;
            switch (sat)
            {
                case 0:
                    result.Assessment = StatutoryAssessment.EarlyYearsFoundationStage;
                    result.GoodLevelOfDevelopment = Passes(0.1); // about 45%
                    break;
                case 1:
                    result.Assessment = StatutoryAssessment.PhonicsScreeningCheck;
                    result.PhonicsScore = Math.Clamp((int)Math.Round(30 + ability * 8), 0, 40); // about 40% reach 32
                    break;
                case 6:
                    result.Assessment = StatutoryAssessment.KeyStage2;
                    result.Ks2ReadingExpected = Passes(-0.1);
                    result.Ks2WritingExpected = Passes(0.1);
                    result.Ks2MathsExpected = Passes(0.0);
                    result.Ks2HighStandard = result.Ks2ReadingExpected == true && result.Ks2WritingExpected == true && result.Ks2MathsExpected == true && Passes(1.8);
                    break;
                case 11:
                    result.Assessment = StatutoryAssessment.KeyStage4;
                    result.Attainment8 = Math.Clamp(Math.Round((decimal)(20 + ability * 13), 1), 0m, 90m);
                    result.EnglishMathsGrade4 = Passes(1.0); // about 15%
                    result.EnglishMathsGrade5 = result.EnglishMathsGrade4 == true && Passes(1.4);
                    result.Progress8 = Math.Round((decimal)(-1.3 + ability * 0.8), 2);
                    break;
                default:
                    continue;
            }
            result.Normalise();
            results.Add(result);
        }
        await WriteAsync(db, assessments, ct);
        await WriteAsync(db, results, ct);

        // Essex-wide figures so the gap shows in the demo; clearly not published figures.
        if (!await db.ComparisonFigures.AnyAsync(c => c.AcademicYear == resultsYear && c.Area == ComparisonFigure.Essex, ct))
        {
            db.ComparisonFigures.AddRange(
                Essex(resultsYear, AttainmentMeasures.EyfsGld, 68m), Essex(resultsYear, AttainmentMeasures.Phonics, 80m),
                Essex(resultsYear, AttainmentMeasures.Ks2Rwm, 60m), Essex(resultsYear, AttainmentMeasures.Ks4Attainment8, 46m),
                Essex(resultsYear, AttainmentMeasures.Ks4EnglishMaths4, 66m), Essex(resultsYear, AttainmentMeasures.Ks4EnglishMaths5, 46m));
            await db.SaveChangesAsync(ct);
        }
    }

    private static ComparisonFigure Essex(int year, string measure, decimal value) =>
        new() { AcademicYear = year, MeasureId = measure, Area = ComparisonFigure.Essex, Value = value, Source = DemoSource };

    /// <summary>A standard normal draw (Box-Muller), shifted down: children in care are behind on average.</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()) - 0.3;

    private static Task WriteAsync<T>(CoParentDbContext db, List<T> rows, CancellationToken ct) where T : class =>
        rows.Count == 0 ? Task.CompletedTask : DemoBulk.WriteAsync(db, BulkColumns.TableName<T>(db.Model), BulkColumns.For<T>(db.Model), rows, ct);
}
