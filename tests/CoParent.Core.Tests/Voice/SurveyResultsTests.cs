using CoParent.Core.Voice;

namespace CoParent.Core.Tests.Voice;

public class SurveyResultsTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "c")]
    [InlineData(5, "c")]
    [InlineData(6, "6")]
    public void Count_OneToFive_IsShownAsC(int count, string shown)
    {
        Assert.Equal(shown, SurveyResults.Count(count).ToString());
    }

    [Fact]
    public void ForQuestion_SuppressesSmallGroupsInEveryAgeBand()
    {
        // Aged 11 to 13: 6 yes, 2 no => yes 6, no "c", 8 answered, 6/8 = 75.0% positive.
        // Aged 14 to 15: 1 yes => "c" everywhere. All ages: 7 yes, 2 no ("c"), 9 answered, 7/9 = 77.8%.
        var answers = Enumerable.Repeat(new AnswerFact(1, SurveyAgeBands.Age11To13, "yes"), 6)
            .Concat(Enumerable.Repeat(new AnswerFact(1, SurveyAgeBands.Age11To13, "no"), 2))
            .Append(new AnswerFact(1, SurveyAgeBands.Age14To15, "yes"))
            .Append(new AnswerFact(2, SurveyAgeBands.Age14To15, "no")); // another question

        var result = SurveyResults.ForQuestion(1, "Do you feel listened to?", AnswerScale.YesSometimesNo, answers);

        var yes = result.Answers.Single(a => a.Text == "Yes");
        var no = result.Answers.Single(a => a.Text == "No");
        var band11 = SurveyAgeBands.All.ToList().IndexOf(SurveyAgeBands.Age11To13);
        var band14 = SurveyAgeBands.All.ToList().IndexOf(SurveyAgeBands.Age14To15);
        Assert.Equal("7", yes.Count.ToString());
        Assert.Equal("c", no.Count.ToString());
        Assert.Equal("6", yes.ByBand[band11].ToString());
        Assert.Equal("c", no.ByBand[band11].ToString());
        Assert.Equal("c", yes.ByBand[band14].ToString());
        Assert.Equal("9", result.Answered.ToString());
        Assert.Equal(77.8m, result.PercentPositive.Number);
        Assert.Equal(75.0m, result.Bands[band11].PercentPositive.Number);
        Assert.True(result.Bands[band14].PercentPositive.Suppressed);
    }

    [Fact]
    public void Percent_WithFewerThanSixAnswering_IsSuppressedEvenWhenNoneArePositive()
    {
        // 0 of 4: the numerator is 0 (not small) but the denominator is under 6, so "c".
        Assert.True(SurveyResults.Percent(0, 4).Suppressed);
        Assert.Equal(0m, SurveyResults.Percent(0, 6).Number);
        Assert.Null(SurveyResults.Percent(0, 0).Number);
    }

    [Fact]
    public void ResponseRate_ByBandAndForAllAges()
    {
        // 8 to 10: 10 sent, 6 answered = 60.0%. 18 to 25: 3 sent, 1 answered => "c". All ages: 13 sent, 7 answered = 53.8%.
        var invitations = Enumerable.Repeat((SurveyAgeBands.Age8To10, true), 6)
            .Concat(Enumerable.Repeat((SurveyAgeBands.Age8To10, false), 4))
            .Append((SurveyAgeBands.Age18To25, true))
            .Concat(Enumerable.Repeat((SurveyAgeBands.Age18To25, false), 2));

        var rows = SurveyResults.ResponseRate(invitations);

        Assert.Equal(60.0m, rows.Single(r => r.Band == SurveyAgeBands.Age8To10).Percent.Number);
        Assert.True(rows.Single(r => r.Band == SurveyAgeBands.Age18To25).Percent.Suppressed);
        Assert.Equal(53.8m, rows.Single(r => r.Band == "All ages").Percent.Number);
    }
}
