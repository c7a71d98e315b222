using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule583Tests
{
    [Fact]
    public void OnlyTheLatestDecisionOpen_Passes() =>
        Assert.Empty(Flagged(new Rule583(), Return(2027,
            Decision(placed: "01/10/2026"), Decision(placed: "01/05/2026", ceased: "01/08/2026", reason: "RD1"))));

    [Fact]
    public void EarlierDecisionLeftOpen_IsFlagged() =>
        Assert.Equal([(ReturnTable.PlacedAdoption, 2)], Flagged(new Rule583(), Return(2027,
            Decision(placed: "01/10/2026", ceased: "01/12/2026", reason: "RD1"), Decision(placed: "01/05/2026"))));

    [Fact]
    public void TwoOpenDecisions_AreBothFlagged() =>
        Assert.Equal([(ReturnTable.PlacedAdoption, 1), (ReturnTable.PlacedAdoption, 2)], Flagged(new Rule583(), Return(2027,
            Decision(placed: "01/10/2026"), Decision(placed: "01/05/2026"))));
}
