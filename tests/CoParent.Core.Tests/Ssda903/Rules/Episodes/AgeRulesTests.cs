using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation;
using CoParent.Core.Ssda903.Validation.Rules.Episodes;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Episodes;

/// <summary>Rules 371 to 374, 386, 387, 389 and 460: placements and reasons for leaving care that need a minimum age.</summary>
public class AgeRulesTests
{
    private static readonly (ReturnTable, int)[] None = [];
    private static readonly (ReturnTable, int)[] FirstEpisode = [(ReturnTable.Episodes, 1)];

    public static TheoryData<Rule, string, int> PlacementAges => new()
    {
        { new Rule371(), "K3", 16 },
        { new Rule372(), "R5", 10 },
        { new Rule373(), "S1", 4 },
        { new Rule374(), "P3", 14 },
    };

    [Theory]
    [MemberData(nameof(PlacementAges))]
    public void PlacementBeginningTheDayBeforeTheMinimumAge_IsFlagged(Rule rule, string place, int age)
    {
        var dob = new DateOnly(2026 - age, 5, 2);

        Assert.Equal(FirstEpisode, Flagged(rule, Return(2027, Header(dob: dob.ToString("dd/MM/yyyy")), Episode(decom: "01/05/2026", place: place))));
    }

    [Theory]
    [MemberData(nameof(PlacementAges))]
    public void PlacementBeginningOnTheBirthdayOfTheMinimumAge_Passes(Rule rule, string place, int age)
    {
        var dob = new DateOnly(2026 - age, 5, 1);

        Assert.Empty(Flagged(rule, Return(2027, Header(dob: dob.ToString("dd/MM/yyyy")), Episode(decom: "01/05/2026", place: place))));
    }

    [Fact]
    public void PlacementOfAnotherTypeAtAnyAge_IsNotFlaggedBy371() =>
        Assert.Empty(Flagged(new Rule371(), Return(2027, Header(dob: "01/01/2020"), Episode(place: "U4"))));

    [Theory]
    [InlineData("E11", "01/06/2008", true)]
    [InlineData("E12", "02/06/2008", false)]
    [InlineData("E8", "01/06/2000", false)]
    public void AdoptionOnOrAfterThe18thBirthday_IsFlaggedBy386(string rec, string dob, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : None,
            Flagged(new Rule386(), Return(2027, Header(dob: dob), Episode(dec: "01/06/2026") with { Rec = rec })));

    [Theory]
    [InlineData("E5", "02/06/2012", true)]
    [InlineData("E6", "01/06/2012", false)]
    [InlineData("E8", "01/06/2020", false)]
    public void IndependentLivingBeforeThe14thBirthday_IsFlaggedBy387(string rec, string dob, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : None,
            Flagged(new Rule387(), Return(2027, Header(dob: dob), Episode(dec: "01/06/2026") with { Rec = rec })));

    [Theory]
    [InlineData("02/06/2010", true)]
    [InlineData("01/06/2010", false)]
    public void AdultSocialCareBeforeThe16thBirthday_IsFlaggedBy389(string dob, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : None,
            Flagged(new Rule389(), Return(2027, Header(dob: dob), Episode(dec: "01/06/2026") with { Rec = "E7" })));

    [Fact]
    public void AdultSocialCareWithNoDateOfBirth_IsNotFlaggedBy389() =>
        Assert.Empty(Flagged(new Rule389(), Return(2027, Header() with { Dob = null }, Episode(dec: "01/06/2026") with { Rec = "E7" })));

    [Theory]
    [InlineData("02/06/2008", true)]
    [InlineData("01/06/2008", false)]
    public void StayingPutBeforeThe18thBirthday_IsFlaggedBy460(string dob, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : None,
            Flagged(new Rule460(), Return(2027, Header(dob: dob), Episode(dec: "01/06/2026") with { Rec = "E17" })));
}
