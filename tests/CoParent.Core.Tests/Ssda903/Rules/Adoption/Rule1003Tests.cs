using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule1003Tests
{
    [Fact]
    public void DecisionAfterCareBegan_Passes() =>
        Assert.Empty(Flagged(new Rule1003(), Return(2027, Episode(decom: "01/05/2026"), Decision(placed: "01/05/2026"))));

    [Fact]
    public void DecisionBeforeTheFirstStartInCare_FlagsBoth() =>
        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.PlacedAdoption, 1)], Flagged(new Rule1003(), Return(2027,
            Episode(decom: "01/05/2026"), Episode(decom: "01/07/2026", rne: "P"), Decision(placed: "30/04/2026"))));
}
