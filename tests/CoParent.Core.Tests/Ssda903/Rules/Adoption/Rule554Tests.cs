using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule554Tests
{
    [Fact]
    public void DecisionBeforeThePlacementOrder_Passes() =>
        Assert.Empty(Flagged(new Rule554(), Return(2027, Episode(decom: "01/05/2026"), Episode(decom: "01/07/2026", rne: "L", ls: "E1"), Decision(placed: "01/06/2026"))));

    [Fact]
    public void DecisionAfterTheFirstPlacementOrderEpisode_FlagsBoth() =>
        Assert.Equal([(ReturnTable.Episodes, 2), (ReturnTable.PlacedAdoption, 1)], Flagged(new Rule554(), Return(2027,
            Episode(decom: "01/05/2026"), Episode(decom: "01/07/2026", rne: "L", ls: "E1"), Episode(decom: "01/09/2026", rne: "P", ls: "E1"),
            Decision(placed: "01/08/2026"))));
}
