using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Dolo;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Dolo.DoloRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Dolo;

public class Rule709Tests
{
    [Theory]
    [InlineData("K2")]
    [InlineData("Z12")]
    [InlineData("Z13")]
    public void OrderInAnExpectedPlacement_Passes(string place) =>
        Assert.Empty(Flagged(new Rule709(), Return(2027, Episode(decom: "01/05/2026", place: place), Order())));

    [Fact]
    public void OrderInAnotherPlacement_FlagsTheEpisodeAndTheOrder() =>
        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.DoLo, 1)],
            Flagged(new Rule709(), Return(2027, Episode(decom: "01/05/2026", place: "U4"), Order())));

    [Fact]
    public void PlacementEndingTheDayTheOrderStarts_IsNotDuringIt() =>
        Assert.Empty(Flagged(new Rule709(), Return(2027,
            Episode(decom: "01/05/2026", dec: "01/06/2026", place: "U4") with { Rec = "X1" }, Episode(decom: "01/06/2026", rne: "P", place: "K2"), Order())));
}
