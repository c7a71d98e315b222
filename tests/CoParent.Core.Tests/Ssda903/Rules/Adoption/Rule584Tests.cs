using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule584Tests
{
    [Fact]
    public void NewDecisionAfterLastYearsReversal_Passes() =>
        Assert.Empty(Flagged(new Rule584(), Return(2027, Decision(placed: "01/06/2026")),
            Return(2026, Decision(placed: "01/02/2026", ceased: "01/03/2026", reason: "RD1"))));

    [Fact]
    public void DecisionNoLaterThanLastYearsReversedOneOrBlank_IsFlagged() =>
        Assert.Equal([(ReturnTable.PlacedAdoption, 1), (ReturnTable.PlacedAdoption, 2)], Flagged(new Rule584(),
            Return(2027, Decision(placed: "01/02/2026"), Decision("C2", placed: null)),
            Return(2026, Decision(placed: "01/02/2026", ceased: "01/03/2026", reason: "RD1"), Decision("C2", placed: "01/01/2026", ceased: "01/03/2026", reason: "RD2"))));
}
