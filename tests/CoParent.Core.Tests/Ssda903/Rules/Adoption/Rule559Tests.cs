using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule559Tests
{
    [Fact]
    public void EarlierDecisionRecordedLastYear_Passes() =>
        Assert.Empty(Flagged(new Rule559(), Return(2027, Decision(placed: "01/02/2026"), Decision("C2", placed: "01/06/2026")),
            Return(2026, Decision(placed: "01/02/2026"))));

    [Fact]
    public void EarlierDecisionMissingFromLastYear_IsFlagged() =>
        Assert.Equal([(ReturnTable.PlacedAdoption, 1), (ReturnTable.PlacedAdoption, 2)], Flagged(new Rule559(), Return(2027,
            Decision(placed: "01/02/2026"), Decision("C2", placed: "01/02/2026")),
            Return(2026, Decision(placed: null, ceased: "01/03/2026", reason: "RD1"))));
}
