using CoParent.Core.Measures;
using CoParent.Core.Voice;

namespace CoParent.Core.Tests.Voice;

public class VoiceMeasuresTests
{
    private static readonly MeasurePeriod Year = MeasurePeriod.YearToMarch(2027); // 1 April 2026 to 31 March 2027

    private static IReadOnlyList<MeasureResult> Calculate() => VoiceMeasures.Calculate(Year,
        [
            new SurveyFacts(1, new DateOnly(2026, 11, 30), Invited: 10, Responded: 4),
            new SurveyFacts(2, new DateOnly(2026, 3, 15), Invited: 20, Responded: 20), // closed before the period
        ],
        [
            A(1, StandardQuestions.FamilyPlan, AnswerScale.YesSometimesNo, "yes"),
            A(1, StandardQuestions.FamilyPlan, AnswerScale.YesSometimesNo, "yes"),
            A(1, StandardQuestions.FamilyPlan, AnswerScale.YesSometimesNo, "sometimes"),
            A(1, StandardQuestions.FamilyPlan, AnswerScale.YesSometimesNo, "dont-know"),
            A(2, StandardQuestions.FamilyPlan, AnswerScale.YesSometimesNo, "no"),
            A(1, StandardQuestions.ListenedTo, AnswerScale.AlwaysSometimesNever, "always"),
            A(1, StandardQuestions.ListenedTo, AnswerScale.AlwaysSometimesNever, "never"),
            A(1, StandardQuestions.ListenedTo, AnswerScale.AlwaysSometimesNever, "always"),
            A(1, StandardQuestions.Supported, AnswerScale.Smiley, "5"),
            A(1, StandardQuestions.Supported, AnswerScale.Smiley, "4"),
            A(1, StandardQuestions.Supported, AnswerScale.Smiley, "3"),
        ],
        [
            new MeetingFacts(new DateOnly(2026, 5, 1), 6),
            new MeetingFacts(new DateOnly(2026, 12, 1), 4),
            new MeetingFacts(new DateOnly(2026, 3, 31), 10), // the day before the period
        ],
        [
            new ReferralFacts(7, new DateOnly(2026, 6, 1)),
            new ReferralFacts(7, new DateOnly(2026, 9, 1)),
            new ReferralFacts(8, new DateOnly(2027, 3, 31)),
            new ReferralFacts(9, new DateOnly(2027, 4, 1)), // the day after
        ]);

    private static StandardAnswerFact A(int survey, string key, AnswerScale scale, string answer) => new(survey, key, scale, answer);

    private static MeasureResult Find(string id) => Calculate().Single(m => m.Id == id);

    [Fact]
    public void QuestionMeasure_CountsOnlySurveysClosingInThePeriod_DontKnowIsAnAnswer()
    {
        // Survey 1 only: yes, yes, sometimes, don't know => 2 positive of 4 answered = 50.0%. Survey 2's "no" is out.
        var measure = Find("voice.question.family-plan");

        Assert.Equal(50.0m, measure.Value);
        Assert.Equal(2, measure.Numerator);
        Assert.Equal(4, measure.Denominator);
        Assert.Empty(measure.ChildIds);
    }

    [Fact]
    public void QuestionMeasure_AlwaysAndTopTwoFacesArePositive()
    {
        // Listened to: always, never, always => 2 of 3 = 66.7%. Supported: faces 5, 4, 3 => 2 of 3 = 66.7%.
        Assert.Equal(66.7m, Find("voice.question.listened-to").Value);
        Assert.Equal(66.7m, Find("voice.question.supported").Value);
    }

    [Fact]
    public void QuestionMeasure_NobodyAnswered_HasNoValue()
    {
        var measure = Find("voice.question.enjoy-school");

        Assert.Null(measure.Value);
        Assert.Equal(0, measure.Denominator);
    }

    [Fact]
    public void ResponseRate_IsAnsweredOverSentForSurveysClosingInThePeriod()
    {
        // Survey 1: 4 of 10 = 40.0%; survey 2 closed before the period.
        var measure = Find("voice.survey.response-rate");

        Assert.Equal(40.0m, measure.Value);
        Assert.Equal((4, 10), (measure.Numerator, measure.Denominator));
        Assert.Empty(measure.ChildIds);
    }

    [Fact]
    public void Meetings_CountThoseHeldInThePeriod_AndTheChildrenAtThem()
    {
        // 1 May and 1 December 2026 are in; 31 March 2026 is not. 6 + 4 = 10 places.
        Assert.Equal(2m, Find("voice.meetings").Value);
        Assert.Equal(10m, Find("voice.meetings.children-took-part").Value);
    }

    [Fact]
    public void Referrals_CountEachReferral_AndEachChildOnce()
    {
        // Child 7 twice and child 8 on the last day: 3 referrals, 2 children. Child 9 is the day after the period.
        var referrals = Find("voice.advocacy.referrals");
        var children = Find("voice.advocacy.children-referred");

        Assert.Equal(3m, referrals.Value);
        Assert.Equal(2m, children.Value);
        Assert.Equal([7, 8], children.ChildIds);
    }

    [Fact]
    public void EveryStandardQuestion_HasAMeasure()
    {
        var ids = Calculate().Select(m => m.Id).ToList();

        Assert.All(StandardQuestions.All, s => Assert.Contains($"voice.question.{s.Key}", ids));
    }
}
