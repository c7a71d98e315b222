using CoParent.Core.Measures;

namespace CoParent.Core.Voice;

/// <summary>A survey that ran (open or closed, never a draft): when it closes and how many were asked and answered.</summary>
public sealed record SurveyFacts(int SurveyId, DateOnly Closes, int Invited, int Responded);

/// <summary>One answer to one of the strategy's standard questions, with nothing about who gave it.</summary>
public sealed record StandardAnswerFact(int SurveyId, string StandardKey, AnswerScale Scale, string Answer);

public sealed record MeetingFacts(DateOnly HeldOn, int ChildrenTookPart);

public sealed record ReferralFacts(int ChildId, DateOnly ReferredOn);

/// <summary>
/// The strategy's Voice measures for a period. Survey figures count the surveys that close in the period and
/// carry no child ids: answers are anonymous, so there is nobody to drill down to.
/// </summary>
public static class VoiceMeasures
{
    public const string Meetings = MeasureUnits.Meetings;
    public const string Referrals = MeasureUnits.Referrals;

    public static string QuestionId(string standardKey) => $"voice.question.{standardKey}";

    public static IReadOnlyList<MeasureResult> Calculate(
        MeasurePeriod period,
        IEnumerable<SurveyFacts> surveys,
        IEnumerable<StandardAnswerFact> answers,
        IEnumerable<MeetingFacts> meetings,
        IEnumerable<ReferralFacts> referrals)
    {
        var closing = surveys.Where(s => period.Contains(s.Closes)).ToList();
        var surveyIds = closing.Select(s => s.SurveyId).ToHashSet();
        var counted = answers.Where(a => surveyIds.Contains(a.SurveyId)).ToLookup(a => a.StandardKey);
        var results = new List<MeasureResult>();

        foreach (var standard in StandardQuestions.All)
        {
            var given = counted[standard.Key].Where(a => AnswerScales.IsValid(a.Scale, a.Answer)).ToList();
            var positive = given.Count(a => AnswerScales.IsPositive(a.Scale, a.Answer));
            results.Add(new MeasureResult(QuestionId(standard.Key), standard.MeasureName,
                $"Have Your Say: of the children and young people who answered \"{standard.Text}\" in a survey closing in the period, " +
                $"those who answered {PositiveWords(standard.Scale)}. Anyone who skipped the question is left out; " +
                "\"I don't know\" counts as an answer. Answers are anonymous.",
                Percent(positive, given.Count), positive, given.Count, MeasureUnits.Percent, []));
        }

        var invited = closing.Sum(s => s.Invited);
        var responded = closing.Sum(s => s.Responded);
        results.Add(new MeasureResult("voice.survey.response-rate", "Have Your Say response rate",
            "Of the children and young people sent a code for a Have Your Say survey closing in the period, those who answered it.",
            Percent(responded, invited), responded, invited, MeasureUnits.Percent, []));

        var held = meetings.Where(m => period.Contains(m.HeldOn)).ToList();
        results.Add(new MeasureResult("voice.meetings", "Meetings with decision-makers",
            "Meetings in the period where children in care or care leavers met decision-makers: the Corporate Parenting Panel, " +
            "directors, the CiCLC Partnership Board or others.",
            held.Count, held.Count, 0, Meetings, []));
        var tookPart = held.Sum(m => m.ChildrenTookPart);
        results.Add(new MeasureResult("voice.meetings.children-took-part", "Children and young people at meetings with decision-makers",
            "The number of places taken by children and young people at those meetings: someone at two meetings counts twice.",
            tookPart, tookPart, 0, MeasureUnits.Children, []));

        var referred = referrals.Where(r => period.Contains(r.ReferredOn)).ToList();
        results.Add(new MeasureResult("voice.advocacy.referrals", "Referrals to an advocate",
            "Referrals to an independent advocate made in the period, whoever made them (the child themselves included).",
            referred.Count, referred.Count, 0, Referrals, referred.Select(r => r.ChildId).Distinct().ToList()));
        var children = referred.Select(r => r.ChildId).Distinct().ToList();
        results.Add(new MeasureResult("voice.advocacy.children-referred", "Children referred to an advocate",
            "Children and young people referred to an independent advocate at least once in the period.",
            children.Count, children.Count, 0, MeasureUnits.Children, children));
        return results;
    }

    private static decimal? Percent(int numerator, int denominator) =>
        denominator == 0 ? null : Math.Round(numerator * 100m / denominator, 1);

    private static string PositiveWords(AnswerScale scale)
    {
        var words = AnswerScales.Answers(scale).Where(a => a.Positive).Select(a => $"\"{a.Text}\"").ToList();
        return string.Join(" or ", words);
    }
}
