using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Outcomes;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Outcomes.OutcomesTestData;

namespace CoParent.Core.Tests.Ssda903.Rules.Outcomes;

public class Oc3ConsistencyTests
{
    [Fact]
    public void CareLeaverItemsAllGivenOrAllBlank_Pass153() =>
        Assert.Empty(Flagged(new Rule153(), Return(2027, Oc3("C1"), BlankOc3("C2"))));

    [Fact]
    public void SomeCareLeaverItemsBlank_AreFlagged153() =>
        Assert.Equal([(ReturnTable.OC3, 1), (ReturnTable.OC3, 2)],
            Flagged(new Rule153(), Return(2027, Oc3("C1", accom: null), Oc3("C2", inTouch: null, activ: null))));

    [Fact]
    public void DiedWithActivityAndAccommodationZero_Passes344() =>
        Assert.Empty(Flagged(new Rule344(), Return(2027, Oc3(inTouch: "DIED", activ: "0", accom: "0"))));

    [Fact]
    public void ReturnedHomeWithAnAccommodation_IsFlagged344() =>
        Assert.Equal([(ReturnTable.OC3, 1)], Flagged(new Rule344(), Return(2027, Oc3(inTouch: "RHOM", activ: "0", accom: "B1"))));

    [Fact]
    public void InTouchWithActivityAndAccommodation_Passes345() =>
        Assert.Empty(Flagged(new Rule345(), Return(2027, Oc3(), Oc3("C2", inTouch: "NO", activ: "0", accom: "0"))));

    [Fact]
    public void InTouchWithActivityZero_IsFlagged345() =>
        Assert.Equal([(ReturnTable.OC3, 1)], Flagged(new Rule345(), Return(2027, Oc3(activ: "0"))));

    [Fact]
    public void FoyerForAnEighteenYearOld_Passes347() =>
        Assert.Empty(Flagged(new Rule347(), Return(2027, Oc3(dob: "01/04/2008", accom: "T1"))));

    [Fact]
    public void FoyerForSomeoneUnder18AtTheStartOfTheYear_IsFlagged347() =>
        Assert.Equal([(ReturnTable.OC3, 1)], Flagged(new Rule347(), Return(2027, Oc3(dob: "02/04/2008", accom: "T2"))));

    [Theory]
    [InlineData("31/03/2010")] // 17 on the last day of the year
    [InlineData("02/04/2004")] // 21 until 1 April 2026, so 21 during the year
    public void CareLeaverAged17To21InTheYear_Passes391(string dob) =>
        Assert.Empty(Flagged(new Rule391(), Return(2027, Oc3(dob: dob))));

    [Theory]
    [InlineData("01/04/2010")] // still 16 on 31 March 2027
    [InlineData("01/04/2004")] // 22 on 1 April 2026
    public void CareLeaverOutside17To21_IsFlagged391(string dob) =>
        Assert.Equal([(ReturnTable.OC3, 1)], Flagged(new Rule391(), Return(2027, Oc3(dob: dob))));

    [Fact]
    public void BlankCareLeaverRowForA16YearOld_Passes391() =>
        Assert.Empty(Flagged(new Rule391(), Return(2027, BlankOc3(dob: "01/04/2010"))));

    [Fact]
    public void FormerFosterCarersForAnOlderCareLeaver_Passes3001() =>
        Assert.Empty(Flagged(new Rule3001(), Return(2027, Header(dob: "10/10/2007"), Oc3(dob: "10/10/2007", accom: "Z1"))));

    [Fact]
    public void FormerFosterCarersAroundThe17thBirthday_IsFlagged3001() =>
        Assert.Equal([(ReturnTable.OC3, 1)],
            Flagged(new Rule3001(), Return(2027, Header(dob: "10/10/2009"), Oc3(dob: "10/10/2009", accom: "Z2"))));

    [Fact]
    public void StillReportedAsDied_Passes348()
    {
        var lastYear = Return(2026, Oc3(inTouch: "DIED", activ: "0", accom: "0"));
        Assert.Empty(Flagged(new Rule348(), Return(2027, Oc3(inTouch: "DIED", activ: "0", accom: "0")), lastYear));
    }

    [Fact]
    public void ReportedAsDiedLastYearButInTouchNow_IsFlagged348()
    {
        var lastYear = Return(2026, Oc3(inTouch: "DIED", activ: "0", accom: "0"));
        Assert.Equal([(ReturnTable.OC3, 1)], Flagged(new Rule348(), Return(2027, Oc3()), lastYear));
    }
}
