using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule560Tests
{
    [Fact]
    public void OpenDecisionReportedWithTheSameDate_Passes() =>
        Assert.Empty(Flagged(new Rule560(), Return(2027, Decision(placed: "01/02/2026")), Return(2026, Decision(placed: "01/02/2026"))));

    [Fact]
    public void OpenDecisionReportedWithADifferentDate_IsFlagged() =>
        Assert.Equal([(ReturnTable.PlacedAdoption, 1)], Flagged(new Rule560(), Return(2027, Decision(placed: "02/02/2026")), Return(2026, Decision(placed: "01/02/2026"))));

    [Fact]
    public void DecisionReversedLastYear_IsNotChecked() =>
        Assert.Empty(Flagged(new Rule560(), Return(2027, Decision(placed: "01/06/2026")),
            Return(2026, Decision(placed: "01/02/2026", ceased: "01/03/2026", reason: "RD1"))));
}
