using CoParent.Core.Measures;
using CoParent.Core.Voice;
using CoParent.Data;
using CoParent.Web.Features.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Voice;

/// <summary>
/// Have Your Say answers (Outcomes 1, 2, 3, 5 and 6: each standard question serves one), meetings with
/// decision-makers and advocacy referrals (Outcome 2), loaded for <see cref="VoiceMeasures"/>.
/// </summary>
public sealed class VoiceOutcomeMeasures : IOutcomeMeasures
{
    public string Section => "Voice";

    public IReadOnlyList<int> Outcomes { get; } = [1, 2, 3, 5, 6];

    public async Task<IReadOnlyList<MeasureResult>> CalculateAsync(CoParentDbContext db, MeasurePeriod period, CancellationToken ct)
    {
        var surveys = await db.Surveys.AsNoTracking()
            .Where(s => s.Status != SurveyStatus.Draft && s.Closes >= period.From && s.Closes <= period.To)
            .Select(s => new SurveyFacts(s.Id, s.Closes,
                db.SurveyInvitations.Count(i => i.SurveyId == s.Id),
                db.SurveyResponses.Count(r => r.SurveyId == s.Id)))
            .ToListAsync(ct);
        var surveyIds = surveys.Select(s => s.SurveyId).ToList();
        var answers = await (
                from a in db.SurveyAnswers.AsNoTracking()
                join q in db.SurveyQuestions on a.QuestionId equals q.Id
                where surveyIds.Contains(q.SurveyId) && q.StandardKey != null && a.Answer != null
                group a by new { q.SurveyId, q.StandardKey, q.Scale, a.Answer } into g
                select new { g.Key.SurveyId, g.Key.StandardKey, g.Key.Scale, g.Key.Answer, Count = g.Count() })
            .ToListAsync(ct);
        var facts = answers.SelectMany(a => Enumerable.Repeat(new StandardAnswerFact(a.SurveyId, a.StandardKey!, a.Scale, a.Answer!), a.Count));
        var meetings = await db.DecisionMakerMeetings.AsNoTracking()
            .Where(m => m.HeldOn >= period.From && m.HeldOn <= period.To)
            .Select(m => new MeetingFacts(m.HeldOn, m.ChildrenTookPart)).ToListAsync(ct);
        var referrals = await db.AdvocacyReferrals.AsNoTracking()
            .Where(r => r.ReferredOn >= period.From && r.ReferredOn <= period.To)
            .Select(r => new ReferralFacts(r.ChildId, r.ReferredOn)).ToListAsync(ct);
        return VoiceMeasures.Calculate(period, surveys, facts, meetings, referrals);
    }
}
