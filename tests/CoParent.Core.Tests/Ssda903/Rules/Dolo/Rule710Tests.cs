using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Dolo;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Dolo.DoloRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Dolo;

public class Rule710Tests
{
    [Fact]
    public void OrderInAChildrensHome_Passes() =>
        Assert.Empty(Flagged(new Rule710(), Return(2027, Episode(decom: "01/05/2026", place: "K2"), Order())));

    [Theory]
    [InlineData("K1")]
    [InlineData("P1")]
    [InlineData("R5")]
    [InlineData("K3")]
    public void OrderInAForbiddenPlacement_FlagsTheEpisodeAndTheOrder(string place) =>
        Assert.Equal([(ReturnTable.Episodes, 2), (ReturnTable.DoLo, 1)],
            Flagged(new Rule710(), Return(2027,
                Episode(decom: "01/05/2026", dec: "01/07/2026", place: "K2") with { Rec = "X1" }, Episode(decom: "01/07/2026", rne: "P", place: place), Order())));
}
