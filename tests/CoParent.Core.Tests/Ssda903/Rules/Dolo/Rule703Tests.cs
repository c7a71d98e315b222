using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Dolo;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Dolo.DoloRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Dolo;

public class Rule703Tests
{
    [Fact]
    public void OrderStartingBy31March_Passes() => Assert.Empty(Flagged(new Rule703(), Return(2027, Order("31/03/2027"))));

    [Fact]
    public void OrderStartingAfterTheCollectionYear_IsFlagged() => Assert.Equal(FirstOrder, Flagged(new Rule703(), Return(2027, Order("01/04/2027"))));
}
