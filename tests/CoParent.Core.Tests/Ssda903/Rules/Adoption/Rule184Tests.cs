using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule184Tests
{
    [Fact]
    public void DecisionAfterBirth_Passes() =>
        Assert.Empty(Flagged(new Rule184(), Return(2027, Header(dob: "15/06/2020"), Decision(placed: "15/06/2020"))));

    [Fact]
    public void DecisionBeforeBirth_FlagsTheDecision() =>
        Assert.Equal([(ReturnTable.PlacedAdoption, 1)], Flagged(new Rule184(), Return(2027, Header(dob: "15/06/2020"), Decision(placed: "14/06/2020"))));
}
