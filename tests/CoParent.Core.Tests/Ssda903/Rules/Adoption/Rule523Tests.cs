using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule523Tests
{
    [Fact]
    public void SameDecisionDateInBothTables_Passes() =>
        Assert.Empty(Flagged(new Rule523(), Return(2027, Adopted(dateInt: "01/06/2026"), Decision(placed: "01/06/2026"), Decision("C2"))));

    [Fact]
    public void DifferentDecisionDates_FlagBoth() =>
        Assert.Equal([(ReturnTable.AD1, 1), (ReturnTable.PlacedAdoption, 1)], Flagged(new Rule523(), Return(2027,
            Adopted(dateInt: "01/06/2026"), Decision(placed: "02/06/2026"))));
}
