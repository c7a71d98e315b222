using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Dolo;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Dolo.DoloRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Dolo;

public class Rule706Tests
{
    [Fact]
    public void OrderOpenLastYearCarriedOn_Passes() =>
        Assert.Empty(Flagged(new Rule706(), Return(2027, Order("01/03/2026")), Return(2026, Order("01/03/2026"))));

    [Fact]
    public void OrderOpenLastYearWithADifferentStartThisYear_IsFlagged() =>
        Assert.Equal(FirstOrder, Flagged(new Rule706(), Return(2027, Order("02/04/2026")), Return(2026, Order("01/03/2026"))));

    [Fact]
    public void LastYearWithNoOrders_Passes() =>
        Assert.Empty(Flagged(new Rule706(), Return(2027, Order("02/04/2026")), Return(2026, Header())));
}
