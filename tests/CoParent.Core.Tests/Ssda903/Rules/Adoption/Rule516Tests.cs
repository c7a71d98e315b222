using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule516Tests
{
    [Fact]
    public void SpecialGuardianshipToFosterCarersFromFosterCare_Passes() =>
        Assert.Empty(Flagged(new Rule516(), Return(2027, Episode(dec: "01/12/2026", place: "U1") with { Rec = "E45" })));

    [Fact]
    public void SpecialGuardianshipToFosterCarersFromOtherPlacement_IsFlagged() =>
        Assert.Equal([(ReturnTable.Episodes, 1)], Flagged(new Rule516(), Return(2027, Episode(dec: "01/12/2026", place: "K2") with { Rec = "E46" })));
}
