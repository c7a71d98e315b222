using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule579Tests
{
    [Fact]
    public void NewDecisionAfterTheEarlierWasReversed_Passes() =>
        Assert.Empty(Flagged(new Rule579(), Return(2027,
            Decision(placed: "01/10/2026"), Decision(placed: "01/05/2026", ceased: "01/08/2026", reason: "RD1"))));

    [Fact]
    public void NewDecisionWhileTheEarlierIsOpen_FlagsTheNewDecision() =>
        Assert.Equal([(ReturnTable.PlacedAdoption, 1)], Flagged(new Rule579(), Return(2027,
            Decision(placed: "01/10/2026"), Decision(placed: "01/05/2026"))));

    [Fact]
    public void NewDecisionBeforeTheEarlierWasReversed_IsFlagged() =>
        Assert.Equal([(ReturnTable.PlacedAdoption, 2)], Flagged(new Rule579(), Return(2027,
            Decision(placed: "01/05/2026", ceased: "01/08/2026", reason: "RD1"), Decision(placed: "01/07/2026"))));
}
