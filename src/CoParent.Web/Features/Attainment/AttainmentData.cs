using CoParent.Core.Education;
using CoParent.Core.Measures;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Attainment;

/// <summary>A child's attainment as the section page and the API show it.</summary>
public sealed record AttainmentView(
    int ChildId,
    string ChildName,
    IReadOnlyList<AttainmentView.TermRow> Terms,
    IReadOnlyList<AttainmentView.Result> Results)
{
    /// <summary>One term's judgements by subject (a subject missing was not assessed that term).</summary>
    public sealed record TermRow(int AcademicYear, SchoolTerm Term, string Label, IReadOnlyDictionary<AssessmentSubject, TeacherJudgement> Judgements);

    public sealed record Result(
        int AcademicYear, StatutoryAssessment Assessment, string Summary, bool? GoodLevelOfDevelopment, int? PhonicsScore, bool? PhonicsMet,
        bool? Ks2ReadingExpected, bool? Ks2WritingExpected, bool? Ks2MathsExpected, bool? Ks2RwmExpected, bool? Ks2HighStandard,
        decimal? Attainment8, bool? EnglishMathsGrade4, bool? EnglishMathsGrade5, decimal? Progress8);
}

public static class AttainmentData
{
    public static string TermLabel(int academicYear, SchoolTerm term) => $"{term} {SchoolYear.AcademicYearLabel(academicYear)}";

    public static async Task<AttainmentView?> LoadAsync(CoParentDbContext db, int childId, CancellationToken ct)
    {
        var name = await Children.ChildNames.ChildNameAsync(db, childId, ct);
        if (name is null) return null;
        var assessments = await db.TeacherAssessments.AsNoTracking().Where(a => a.ChildId == childId)
            .Select(a => new { a.AcademicYear, a.Term, a.Subject, a.Judgement, a.RecordedAt, a.Id }).ToListAsync(ct);
        var terms = assessments.GroupBy(a => (a.AcademicYear, a.Term))
            .OrderByDescending(g => TeacherAssessment.TermIndex(g.Key.AcademicYear, g.Key.Term))
            .Select(g => new AttainmentView.TermRow(g.Key.AcademicYear, g.Key.Term, TermLabel(g.Key.AcademicYear, g.Key.Term),
                g.GroupBy(a => a.Subject).ToDictionary(s => s.Key, s => s.OrderBy(a => a.RecordedAt).ThenBy(a => a.Id).Last().Judgement)))
            .ToList();
        var results = await db.StatutoryResults.AsNoTracking().Where(r => r.ChildId == childId).ToListAsync(ct);
        return new AttainmentView(childId, name, terms,
            results.OrderByDescending(r => r.AcademicYear).ThenByDescending(r => r.Assessment).Select(ToView).ToList());
    }

    public static AttainmentView.Result ToView(StatutoryResult r) => new(
        r.AcademicYear, r.Assessment, Summarise(r), r.GoodLevelOfDevelopment, r.PhonicsScore, r.PhonicsMet,
        r.Ks2ReadingExpected, r.Ks2WritingExpected, r.Ks2MathsExpected, r.Ks2RwmExpected, r.Ks2HighStandard,
        r.Attainment8, r.EnglishMathsGrade4, r.EnglishMathsGrade5, r.Progress8);

    private static string YesNo(bool? value) => value switch { true => "yes", false => "no", _ => "not known" };

    /// <summary>One line a person reads: "Reading, writing and maths at the expected standard: yes".</summary>
    public static string Summarise(StatutoryResult r) => r.Assessment switch
    {
        StatutoryAssessment.EarlyYearsFoundationStage => $"Good level of development: {YesNo(r.GoodLevelOfDevelopment)}",
        StatutoryAssessment.PhonicsScreeningCheck => $"Mark {r.PhonicsScore} out of 40; met the standard: {YesNo(r.PhonicsMet)}",
        StatutoryAssessment.KeyStage2 =>
            $"Expected standard in reading {YesNo(r.Ks2ReadingExpected)}, writing {YesNo(r.Ks2WritingExpected)}, maths {YesNo(r.Ks2MathsExpected)}; " +
            $"all three: {YesNo(r.Ks2RwmExpected)}; higher standard: {YesNo(r.Ks2HighStandard)}",
        _ => $"Attainment 8 {r.Attainment8:0.0#}; English and maths grade 4 or above: {YesNo(r.EnglishMathsGrade4)}, grade 5 or above: {YesNo(r.EnglishMathsGrade5)}" +
             (r.Progress8 is { } p8 ? $"; Progress 8 {p8:0.00}" : ""),
    };

    /// <summary>Records a term's judgements; a subject judged again for the same term replaces the earlier judgement.</summary>
    public static async Task SaveAssessmentsAsync(CoParentDbContext db, int childId, int academicYear, SchoolTerm term,
        IReadOnlyDictionary<AssessmentSubject, TeacherJudgement> judgements, string recordedBy, DateTime at, CancellationToken ct)
    {
        var held = await db.TeacherAssessments.Where(a => a.ChildId == childId && a.AcademicYear == academicYear && a.Term == term).ToListAsync(ct);
        foreach (var (subject, judgement) in judgements)
        {
            db.TeacherAssessments.RemoveRange(held.Where(a => a.Subject == subject));
            db.TeacherAssessments.Add(new TeacherAssessment
            {
                ChildId = childId, AcademicYear = academicYear, Term = term, Subject = subject, Judgement = judgement, RecordedBy = recordedBy, RecordedAt = at,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records a statutory result; one already held for the child, year and assessment is corrected rather than doubled.</summary>
    public static async Task SaveResultAsync(CoParentDbContext db, StatutoryResult result, CancellationToken ct)
    {
        result.Normalise();
        var held = await db.StatutoryResults.SingleOrDefaultAsync(r => r.ChildId == result.ChildId && r.AcademicYear == result.AcademicYear && r.Assessment == result.Assessment, ct);
        if (held is not null) db.StatutoryResults.Remove(held);
        db.StatutoryResults.Add(result);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The pupils the measures read, for the children in <paramref name="ids"/>; untracked, projected, in one pass per table.</summary>
    /// <param name="histories">The children's care histories when they are already read (<see cref="Outcomes.CareHistories"/>).</param>
    public static async Task<List<AttainmentPupil>> LoadPupilsAsync(
        CoParentDbContext db, IQueryable<int> ids, int? resultsYear, int? fromTermYear, CancellationToken ct, IReadOnlyDictionary<int, ChildHistory>? histories = null)
    {
        var episodes = histories is not null
            ? [.. (await ids.Distinct().ToListAsync(ct)).SelectMany(id => histories.TryGetValue(id, out var h) ? h.Episodes.Select(e => new { ChildId = id, Facts = e }) : [])]
            : await db.CareEpisodes.AsNoTracking().Where(e => ids.Contains(e.ChildId))
                .Select(e => new { e.ChildId, Facts = new EpisodeFacts(e.Decom, e.Rne, e.Ls, e.Place, e.PlaceProvider, e.Dec, e.Rec, e.PlLocation, e.PlDistance) })
                .ToListAsync(ct);
        var results = resultsYear is { } year
            ? await db.StatutoryResults.AsNoTracking().Where(r => r.AcademicYear == year && ids.Contains(r.ChildId)).ToListAsync(ct)
            : [];
        var assessments = fromTermYear is { } from
            ? await db.TeacherAssessments.AsNoTracking().Where(a => a.AcademicYear >= from && ids.Contains(a.ChildId)).ToListAsync(ct)
            : [];
        var resultsBy = results.ToLookup(r => r.ChildId);
        var assessmentsBy = assessments.ToLookup(a => a.ChildId);
        return episodes.GroupBy(e => e.ChildId)
            .Select(g => new AttainmentPupil(g.Key, g.Select(e => e.Facts).OrderBy(e => e.Decom).ToList(), resultsBy[g.Key].ToList(), assessmentsBy[g.Key].ToList()))
            .ToList();
    }

    public static async Task<List<ComparisonFigure>> ComparisonsAsync(CoParentDbContext db, int academicYear, CancellationToken ct) =>
        await db.ComparisonFigures.AsNoTracking().Where(c => c.AcademicYear == academicYear).ToListAsync(ct);
}
