using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule119Tests
{
    [Fact]
    public void DateAndReasonTogetherOrNeither_Pass() =>
        Assert.Empty(Flagged(new Rule119(), Return(2027, Decision(), Decision("C2", ceased: "01/09/2026", reason: "RD2"))));

    [Fact]
    public void DateWithoutReasonOrReasonWithoutDate_AreFlagged() =>
        Assert.Equal([(ReturnTable.PlacedAdoption, 1), (ReturnTable.PlacedAdoption, 2)], Flagged(new Rule119(), Return(2027,
            Decision(ceased: "01/09/2026"), Decision("C2", reason: "RD2"))));
}
