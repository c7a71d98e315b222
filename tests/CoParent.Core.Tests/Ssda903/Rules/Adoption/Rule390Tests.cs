using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule390Tests
{
    [Fact]
    public void AdoptedFromAPlacementForAdoption_Passes() =>
        Assert.Empty(Flagged(new Rule390(), Return(2027, Episode(dec: "01/12/2026", place: "A5", ls: "E1") with { Rec = "E11" })));

    [Fact]
    public void AdoptedFromAnyOtherPlacement_IsFlagged() =>
        Assert.Equal([(ReturnTable.Episodes, 1)], Flagged(new Rule390(), Return(2027, Episode(dec: "01/12/2026", place: "U4") with { Rec = "E12" })));
}
