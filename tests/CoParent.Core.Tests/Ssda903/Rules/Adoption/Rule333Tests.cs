using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule333Tests
{
    [Fact]
    public void DecisionOnOrBeforeMatching_Passes() =>
        Assert.Empty(Flagged(new Rule333(), Return(2027, Adopted(dateInt: "01/08/2026", dateMatch: "01/08/2026"), Adopted("C2", dateMatch: null))));

    [Fact]
    public void DecisionAfterMatchingOrMissing_IsFlagged() =>
        Assert.Equal([(ReturnTable.AD1, 1), (ReturnTable.AD1, 2)], Flagged(new Rule333(), Return(2027,
            Adopted(dateInt: "02/08/2026", dateMatch: "01/08/2026"), Adopted("C2", dateInt: null))));
}
