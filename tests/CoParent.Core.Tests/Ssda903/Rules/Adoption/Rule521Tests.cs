using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule521Tests
{
    [Fact]
    public void DecisionOnOrBeforeThePlacementForAdoption_Passes() =>
        Assert.Empty(Flagged(new Rule521(), Return(2027, Episode(decom: "01/06/2026", place: "A4"), Adopted(dateInt: "01/06/2026"))));

    [Fact]
    public void DecisionAfterAPlacementForAdoption_FlagsBoth() =>
        Assert.Equal([(ReturnTable.Episodes, 2), (ReturnTable.AD1, 1)], Flagged(new Rule521(), Return(2027,
            Episode(decom: "01/05/2026"), Episode(decom: "01/06/2026", place: "A4"), Adopted(dateInt: "02/06/2026"))));
}
