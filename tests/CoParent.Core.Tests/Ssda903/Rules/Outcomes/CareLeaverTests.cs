using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Outcomes;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Outcomes.OutcomesTestData;

namespace CoParent.Core.Tests.Ssda903.Rules.Outcomes;

/// <summary>Rules about who may have care leaver (OC3) information, judged on episodes and the other tables.</summary>
public class CareLeaverTests
{
    private static readonly (ReturnTable, int)[] FirstOc3Row = [(ReturnTable.OC3, 1)];

    private static readonly Ad1Row Adoption = new() { Child = "C1", DateInt = "01/05/2026", NbAdoptr = "2" };

    [Fact]
    public void AdoptionItemsWithBlankCareLeaverItems_Pass134() =>
        Assert.Empty(Flagged(new Rule134(), Return(2027, BlankOc3(), Adoption)));

    [Fact]
    public void AdoptionItemsForACareLeaver_FlagTheAdoption134() =>
        Assert.Equal([(ReturnTable.AD1, 1)], Flagged(new Rule134(), Return(2027, Oc3(), Adoption)));

    [Fact]
    public void Oc2ItemsWithBlankCareLeaverItems_Pass215() =>
        Assert.Empty(Flagged(new Rule215(), Return(2027, BlankOc3(), Oc2())));

    [Fact]
    public void Oc2ItemsForACareLeaver_FlagBothRows215() =>
        Assert.Equal([(ReturnTable.OC2, 1), (ReturnTable.OC3, 1)], Flagged(new Rule215(), Return(2027, Oc3(), Oc2())));

    [Fact]
    public void OtherTablesForAChildWithEpisodes_Pass1012() =>
        Assert.Empty(Flagged(new Rule1012(), Return(2027, LookedAfterAllYear(), Oc2(), Oc3())));

    [Fact]
    public void OtherTablesForAChildWithNoEpisodes_AreFlagged1012() =>
        Assert.Equal([(ReturnTable.OC2, 1), (ReturnTable.AD1, 1)], Flagged(new Rule1012(), Return(2027, Oc3(), Oc2(), Adoption)));

    [Fact]
    public void CareLeaverWhoseEpisodeEndedOtherwise_Passes1000() =>
        Assert.Empty(Flagged(new Rule1000(), Return(2027, Episode(decom: "01/01/2020", dec: "01/05/2026"), Oc3())));

    [Fact]
    public void CareLeaverWhoDiedInCare_IsFlagged1000() =>
        Assert.Equal(FirstOc3Row, Flagged(new Rule1000(), Return(2027, Episode(decom: "01/01/2020", dec: "01/05/2026") with { Rec = "E2" }, Oc3())));

    [Fact]
    public void CareLeaverWhoDiedInCareLastYear_IsFlagged1000() =>
        Assert.Equal(FirstOc3Row, Flagged(new Rule1000(), Return(2027, Oc3()),
            Return(2026, Episode(decom: "01/01/2020", dec: "01/05/2025") with { Rec = "E2" })));

    [Fact]
    public void CareLeaverLookedAfterLongEnoughSince14_Passes1001() =>
        Assert.Empty(Flagged(new Rule1001(), Return(2027, Header(dob: "10/10/2007"), Oc3(), LookedAfterAllYear("C2")),
            Return(2026, Episode(decom: "01/01/2022", dec: "01/06/2025"))));

    [Fact]
    public void CareLeaverLookedAfterOnlyBriefly_IsFlagged1001() =>
        Assert.Equal(FirstOc3Row, Flagged(new Rule1001(), Return(2027, Header(dob: "10/10/2007"), Oc3(), LookedAfterAllYear("C2")),
            Return(2026, Episode(decom: "01/01/2022", dec: "01/03/2022"), Episode("C3", decom: "01/01/2022", dec: "01/06/2025"))));

    [Fact]
    public void CareLeaverAdoptedAtTheEnd_IsFlagged1001() =>
        Assert.Equal(FirstOc3Row, Flagged(new Rule1001(), Return(2027, Header(dob: "10/10/2007"), Oc3(), LookedAfterAllYear("C2")),
            Return(2026, Episode(decom: "01/01/2022", dec: "01/06/2025") with { Rec = "E11" })));

    [Fact]
    public void CareLeaverWithEpisodesLastYear_Passes1002() =>
        Assert.Empty(Flagged(new Rule1002(), Return(2027, Oc3()), Return(2026, Episode(decom: "01/01/2022", dec: "01/06/2025"))));

    [Fact]
    public void CareLeaverWithNoEpisodesInEitherYear_IsFlagged1002() =>
        Assert.Equal(FirstOc3Row, Flagged(new Rule1002(), Return(2027, Oc3()), Return(2026, Episode("C2", decom: "01/01/2022"))));

    [Fact]
    public void SeventeenYearOldWhoLeftCareBeforeTheirBirthday_Passes1007() =>
        Assert.Empty(Flagged(new Rule1007(), Return(2027, Episode(decom: "01/01/2020", dec: "01/05/2026"), Oc3(dob: "10/10/2009"))));

    [Fact]
    public void SeventeenYearOldStillLookedAfterOnTheirBirthday_IsFlagged1007() =>
        Assert.Equal(FirstOc3Row, Flagged(new Rule1007(), Return(2027, LookedAfterAllYear(), Oc3(dob: "10/10/2009"))));

    [Fact]
    public void NoEpisodesThisYearAndLastYearsFinalEpisodeClosed_Passes1010() =>
        Assert.Empty(Flagged(new Rule1010(), Return(2027, Oc3()), Return(2026, Episode(decom: "01/01/2022", dec: "01/06/2025"))));

    [Fact]
    public void NoEpisodesThisYearButLastYearsFinalEpisodeOpen_IsFlagged1010() =>
        Assert.Equal(FirstOc3Row, Flagged(new Rule1010(), Return(2027, Oc3()),
            Return(2026, Episode(decom: "01/01/2022", dec: "01/06/2024") with { Rec = "X1" }, Episode(decom: "01/06/2024", rne: "P"))));

    [Fact]
    public void FinalEpisodeEndedOtherwise_Passes1011() =>
        Assert.Empty(Flagged(new Rule1011(), Return(2027, Episode(decom: "01/01/2020", dec: "01/05/2026"), Oc3())));

    [Fact]
    public void FinalEpisodeTransferredToAnotherCouncil_IsFlagged1011() =>
        Assert.Equal(FirstOc3Row, Flagged(new Rule1011(), Return(2027, Episode(decom: "01/01/2020", dec: "01/05/2026") with { Rec = "E3" }, Oc3())));

    [Fact]
    public void SeventeenYearOldWhoLeftCareBeforeTheirBirthday_Passes1016() =>
        Assert.Empty(Flagged(new Rule1016(), Return(2027, Episode(decom: "01/01/2020", dec: "01/05/2026"), Oc3(dob: "10/10/2009"))));

    [Fact]
    public void SeventeenYearOldWhoLeftCareAfterTheirBirthday_IsFlagged1016() =>
        Assert.Equal(FirstOc3Row, Flagged(new Rule1016(), Return(2027, Episode(decom: "01/01/2020", dec: "01/12/2026"), Oc3(dob: "10/10/2009"))));
}
