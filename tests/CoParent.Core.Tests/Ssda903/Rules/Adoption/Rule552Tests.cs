using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule552Tests
{
    [Fact]
    public void DecisionBeforeThePlacementForAdoption_Passes() =>
        Assert.Empty(Flagged(new Rule552(), Return(2027, Episode(decom: "01/07/2026", place: "A4"), Decision(placed: "01/06/2026"))));

    [Fact]
    public void LatestDecisionAfterTheFirstPlacementForAdoption_FlagsBoth() =>
        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.PlacedAdoption, 2)], Flagged(new Rule552(), Return(2027,
            Episode(decom: "01/07/2026", place: "A4"), Episode(decom: "01/09/2026", rne: "P", place: "A6"),
            Decision(placed: "01/06/2026", ceased: "01/07/2026", reason: "RD1"), Decision(placed: "01/08/2026"))));
}
