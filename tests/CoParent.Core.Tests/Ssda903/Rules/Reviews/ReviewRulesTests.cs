using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Reviews;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Reviews;

/// <summary>Review dates and participation codes: rules 166, 167, 440 and 441.</summary>
public class ReviewRulesTests
{
    private static readonly (ReturnTable, int)[] FirstReview = [(ReturnTable.Reviews, 1)];

    /// <summary>A review of a child born on 15 June 2022, who turns 4 on 15 June 2026.</summary>
    private static ReviewRow Review(string? date = "01/06/2026", string? code = "PN0") =>
        new() { Child = "C1", Dob = "15/06/2022", Review = date, ReviewCode = code };

    [Theory]
    [InlineData(null)]
    [InlineData("31/06/2026")]
    public void Rule166_ReviewDateBlankOrInvalid_IsFlagged(string? date) =>
        Assert.Equal(FirstReview, Flagged(new Rule166(), Return(2027, Review(date: date))));

    [Fact]
    public void Rule166_ValidReviewDate_Passes() => Assert.Empty(Flagged(new Rule166(), Return(2027, Review())));

    [Theory]
    [InlineData("01/06/2026", null)]
    [InlineData("01/06/2026", "PN8")]
    [InlineData(null, "PN1")]
    public void Rule167_ParticipationMissingInvalidOrWithoutAReview_IsFlagged(string? date, string? code) =>
        Assert.Equal(FirstReview, Flagged(new Rule167(), Return(2027, Review(date, code))));

    [Theory]
    [InlineData("01/06/2026", "PN7")]
    [InlineData(null, null)]
    public void Rule167_ParticipationWithReviewOrBothBlank_Passes(string? date, string? code) =>
        Assert.Empty(Flagged(new Rule167(), Return(2027, Review(date, code))));

    [Fact]
    public void Rule440_UnderFourCodeAfterTheFourthBirthday_IsFlagged() =>
        Assert.Equal(FirstReview, Flagged(new Rule440(), Return(2027, Review(date: "16/06/2026", code: "PN0"))));

    [Fact]
    public void Rule440_UnderFourCodeBeforeTheFourthBirthday_Passes() =>
        Assert.Empty(Flagged(new Rule440(), Return(2027, Review(date: "14/06/2026", code: "PN0"))));

    [Fact]
    public void Rule441_ParticipationCodeBeforeTheFourthBirthday_IsFlagged() =>
        Assert.Equal(FirstReview, Flagged(new Rule441(), Return(2027, Review(date: "14/06/2026", code: "PN1"))));

    [Fact]
    public void Rule441_ParticipationCodeOnTheFourthBirthday_Passes() =>
        Assert.Empty(Flagged(new Rule441(), Return(2027, Review(date: "15/06/2026", code: "PN1"))));
}
