using CoParent.Core.Voice;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Voice;

/// <summary>A survey's results, counted in the database and suppressed (<see cref="SurveyResults"/>) before anyone sees them.</summary>
public static class SurveyResultsQuery
{
    public sealed record Results(
        int SurveyId, string Title, SurveyStatus Status, DateOnly Opens, DateOnly Closes,
        IReadOnlyList<RateRow> ResponseRate, IReadOnlyList<QuestionResult> Questions, IReadOnlyList<(string Question, Core.Measures.Figure Count)> WrittenAnswers);

    public static async Task<Results?> LoadAsync(CoParentDbContext db, int surveyId, CancellationToken ct)
    {
        var survey = await db.Surveys.AsNoTracking().Where(s => s.Id == surveyId && s.Status != SurveyStatus.Draft)
            .Select(s => new { s.Id, s.Title, s.Status, s.Opens, s.Closes }).SingleOrDefaultAsync(ct);
        if (survey is null) return null;
        var invitations = await db.SurveyInvitations.AsNoTracking().Where(i => i.SurveyId == surveyId)
            .GroupBy(i => new { i.AgeBand, Used = i.UsedOn != null })
            .Select(g => new { g.Key.AgeBand, g.Key.Used, Count = g.Count() }).ToListAsync(ct);
        var questions = await db.SurveyQuestions.AsNoTracking().Where(q => q.SurveyId == surveyId).OrderBy(q => q.Order)
            .Select(q => new { q.Id, q.Text, q.Scale }).ToListAsync(ct);
        var counts = await (
                from a in db.SurveyAnswers.AsNoTracking()
                join r in db.SurveyResponses on a.ResponseId equals r.Id
                where r.SurveyId == surveyId && a.Answer != null
                group a by new { a.QuestionId, r.AgeBand, a.Answer } into g
                select new { g.Key.QuestionId, g.Key.AgeBand, g.Key.Answer, Count = g.Count() })
            .ToListAsync(ct);
        var written = await (
                from a in db.SurveyAnswers.AsNoTracking()
                join r in db.SurveyResponses on a.ResponseId equals r.Id
                where r.SurveyId == surveyId && a.Text != null
                group a by a.QuestionId into g
                select new { QuestionId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.QuestionId, x => x.Count, ct);

        var facts = counts.SelectMany(c => Enumerable.Repeat(new AnswerFact(c.QuestionId, c.AgeBand, c.Answer), c.Count)).ToList();
        var rate = SurveyResults.ResponseRate(invitations.SelectMany(i => Enumerable.Repeat((i.AgeBand, i.Used), i.Count)));
        return new Results(survey.Id, survey.Title, survey.Status, survey.Opens, survey.Closes, rate,
            questions.Where(q => q.Scale != AnswerScale.FreeText).Select(q => SurveyResults.ForQuestion(q.Id, q.Text, q.Scale, facts)).ToList(),
            questions.Where(q => q.Scale == AnswerScale.FreeText).Select(q => (q.Text, SurveyResults.Count(written.GetValueOrDefault(q.Id)))).ToList());
    }
}
