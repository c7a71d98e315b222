using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule525Tests
{
    [Fact]
    public void AdoptedWithTheDecisionInForce_Passes() =>
        Assert.Empty(Flagged(new Rule525(), Return(2027, Adopted(), Decision())));

    [Fact]
    public void AdoptedAfterTheDecisionWasReversed_FlagsBoth() =>
        Assert.Equal([(ReturnTable.AD1, 1), (ReturnTable.PlacedAdoption, 1)], Flagged(new Rule525(), Return(2027,
            Adopted(), Decision(ceased: "01/09/2026", reason: "RD1"))));
}
