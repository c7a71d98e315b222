using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule522Tests
{
    [Fact]
    public void ReversalOnOrAfterTheDecision_Passes() =>
        Assert.Empty(Flagged(new Rule522(), Return(2027, Decision(placed: "01/06/2026", ceased: "01/06/2026", reason: "RD1"), Decision("C2"))));

    [Fact]
    public void ReversalBeforeTheDecision_IsFlagged() =>
        Assert.Equal([(ReturnTable.PlacedAdoption, 1)], Flagged(new Rule522(), Return(2027, Decision(placed: "01/06/2026", ceased: "31/05/2026", reason: "RD1"))));
}
