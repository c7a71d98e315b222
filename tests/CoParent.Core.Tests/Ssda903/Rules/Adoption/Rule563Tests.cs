using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule563Tests
{
    [Fact]
    public void ReversedDecisionWithItsDate_Passes() =>
        Assert.Empty(Flagged(new Rule563(), Return(2027, Decision(ceased: "01/09/2026", reason: "RD1"))));

    [Fact]
    public void ReversedDecisionWithoutTheDateItWasMade_IsFlagged() =>
        Assert.Equal([(ReturnTable.PlacedAdoption, 1)], Flagged(new Rule563(), Return(2027, Decision(placed: null, ceased: "01/09/2026", reason: "RD1"))));
}
