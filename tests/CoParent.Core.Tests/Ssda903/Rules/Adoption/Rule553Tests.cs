using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule553Tests
{
    [Fact]
    public void PlacementOrderWithAnOpenDecision_Passes() =>
        Assert.Empty(Flagged(new Rule553(), Return(2027, Episode(ls: "E1"), Decision())));

    [Fact]
    public void PlacementOrderWithoutADecision_FlagsTheEpisode() =>
        Assert.Equal([(ReturnTable.Episodes, 1)], Flagged(new Rule553(), Return(2027, Episode(ls: "E1"))));

    [Fact]
    public void OpenPlacementOrderWithAReversedDecision_FlagsTheDecision() =>
        Assert.Equal([(ReturnTable.PlacedAdoption, 1)], Flagged(new Rule553(), Return(2027, Episode(ls: "E1"), Decision(ceased: "01/09/2026", reason: "RD1"))));
}
