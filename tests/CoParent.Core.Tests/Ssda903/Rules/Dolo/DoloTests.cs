using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Dolo;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Dolo;

/// <summary>Rules 700 to 710 on Deprivation of Liberty Orders (2026/27 onwards).</summary>
public class DoloTests
{
    private static DoloRow Order(string? start = "01/06/2026", string? end = null, string child = "C1", string dob = "15/06/2012") =>
        new() { Child = child, Dob = dob, DoloStart = start, DoloEnd = end };

    private static readonly (ReturnTable, int)[] FirstOrder = [(ReturnTable.DoLo, 1)];

    [Fact]
    public void DoloRules_AreOnlyInThe2026To27RuleList()
    {
        Assert.False(new Rule700().AppliesTo(2026));
        Assert.True(new Rule710().AppliesTo(2027));
    }

    [Fact]
    public void Rule700_ValidStartDate_Passes() => Assert.Empty(Flagged(new Rule700(), Return(2027, Order())));

    [Theory]
    [InlineData("31/06/2026")]
    [InlineData(null)]
    public void Rule700_StartDateInvalidOrBlank_IsFlagged(string? start) => Assert.Equal(FirstOrder, Flagged(new Rule700(), Return(2027, Order(start))));

    [Theory]
    [InlineData("01/07/2026")]
    [InlineData(null)]
    public void Rule701_EndDateValidOrOpen_Passes(string? end) => Assert.Empty(Flagged(new Rule701(), Return(2027, Order(end: end))));

    [Fact]
    public void Rule701_EndDateNotADate_IsFlagged() => Assert.Equal(FirstOrder, Flagged(new Rule701(), Return(2027, Order(end: "1 July 2026"))));

    [Fact]
    public void Rule702_OrderEndingOnItsStartDate_Passes() => Assert.Empty(Flagged(new Rule702(), Return(2027, Order(end: "01/06/2026"))));

    [Fact]
    public void Rule702_OrderEndingBeforeItStarted_IsFlagged() => Assert.Equal(FirstOrder, Flagged(new Rule702(), Return(2027, Order(end: "31/05/2026"))));

    [Fact]
    public void Rule703_OrderStartingBy31March_Passes() => Assert.Empty(Flagged(new Rule703(), Return(2027, Order("31/03/2027"))));

    [Fact]
    public void Rule703_OrderStartingAfterTheCollectionYear_IsFlagged() => Assert.Equal(FirstOrder, Flagged(new Rule703(), Return(2027, Order("01/04/2027"))));

    [Theory]
    [InlineData("01/04/2026")]
    [InlineData("31/03/2027")]
    public void Rule704_OrderEndingInTheYear_Passes(string end) => Assert.Empty(Flagged(new Rule704(), Return(2027, Order("01/01/2026", end))));

    [Theory]
    [InlineData("31/03/2026")]
    [InlineData("01/04/2027")]
    public void Rule704_OrderEndingOutsideTheYear_IsFlagged(string end) =>
        Assert.Equal(FirstOrder, Flagged(new Rule704(), Return(2027, Order("01/01/2026", end))));

    [Fact]
    public void Rule705_OrdersOneAfterAnother_Pass() =>
        Assert.Empty(Flagged(new Rule705(), Return(2027, Order("01/06/2026", "01/08/2026"), Order("01/08/2026"))));

    [Fact]
    public void Rule705_OrderStartingWhileAnotherIsOpen_IsFlagged() =>
        Assert.Equal([(ReturnTable.DoLo, 2)], Flagged(new Rule705(), Return(2027, Order("01/06/2026"), Order("01/08/2026", "01/09/2026"))));

    [Fact]
    public void Rule706_OrderOpenLastYearCarriedOn_Passes() =>
        Assert.Empty(Flagged(new Rule706(), Return(2027, Order("01/03/2026")), Return(2026, Order("01/03/2026"))));

    [Fact]
    public void Rule706_OrderOpenLastYearWithADifferentStartThisYear_IsFlagged() =>
        Assert.Equal(FirstOrder, Flagged(new Rule706(), Return(2027, Order("02/04/2026")), Return(2026, Order("01/03/2026"))));

    [Fact]
    public void Rule706_LastYearWithNoOrders_Passes() =>
        Assert.Empty(Flagged(new Rule706(), Return(2027, Order("02/04/2026")), Return(2026, Header())));

    [Fact]
    public void Rule707_OpenOrderWhileStillInCare_Passes() =>
        Assert.Empty(Flagged(new Rule707(), Return(2027, Episode(decom: "01/05/2026"), Order())));

    [Fact]
    public void Rule707_OpenOrderAfterCareEnded_IsFlagged() =>
        Assert.Equal(FirstOrder, Flagged(new Rule707(), Return(2027, Episode(decom: "01/05/2026", dec: "01/09/2026"), Order())));

    [Fact]
    public void Rule708_OrderAfterBirth_Passes() => Assert.Empty(Flagged(new Rule708(), Return(2027, Order())));

    [Fact]
    public void Rule708_OrderStartingBeforeBirth_IsFlagged() => Assert.Equal(FirstOrder, Flagged(new Rule708(), Return(2027, Order("01/06/2026", dob: "02/06/2026"))));

    [Theory]
    [InlineData("K2")]
    [InlineData("Z12")]
    [InlineData("Z13")]
    public void Rule709_OrderInAnExpectedPlacement_Passes(string place) =>
        Assert.Empty(Flagged(new Rule709(), Return(2027, Episode(decom: "01/05/2026", place: place), Order())));

    [Fact]
    public void Rule709_OrderInAnotherPlacement_FlagsTheEpisodeAndTheOrder() =>
        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.DoLo, 1)],
            Flagged(new Rule709(), Return(2027, Episode(decom: "01/05/2026", place: "U4"), Order())));

    [Fact]
    public void Rule709_PlacementEndingTheDayTheOrderStarts_IsNotDuringIt() =>
        Assert.Empty(Flagged(new Rule709(), Return(2027,
            Episode(decom: "01/05/2026", dec: "01/06/2026", place: "U4") with { Rec = "X1" }, Episode(decom: "01/06/2026", rne: "P", place: "K2"), Order())));

    [Fact]
    public void Rule710_OrderInAChildrensHome_Passes() =>
        Assert.Empty(Flagged(new Rule710(), Return(2027, Episode(decom: "01/05/2026", place: "K2"), Order())));

    [Theory]
    [InlineData("K1")]
    [InlineData("P1")]
    [InlineData("R5")]
    [InlineData("K3")]
    public void Rule710_OrderInAForbiddenPlacement_FlagsTheEpisodeAndTheOrder(string place) =>
        Assert.Equal([(ReturnTable.Episodes, 2), (ReturnTable.DoLo, 1)],
            Flagged(new Rule710(), Return(2027,
                Episode(decom: "01/05/2026", dec: "01/07/2026", place: "K2") with { Rec = "X1" }, Episode(decom: "01/07/2026", rne: "P", place: place), Order())));
}
