using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Dolo;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Dolo.DoloRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Dolo;

public class Rule705Tests
{
    [Fact]
    public void OrdersOneAfterAnother_Pass() =>
        Assert.Empty(Flagged(new Rule705(), Return(2027, Order("01/06/2026", "01/08/2026"), Order("01/08/2026"))));

    [Fact]
    public void OrderStartingWhileAnotherIsOpen_IsFlagged() =>
        Assert.Equal([(ReturnTable.DoLo, 2)], Flagged(new Rule705(), Return(2027, Order("01/06/2026"), Order("01/08/2026", "01/09/2026"))));
}
