using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Dolo;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Dolo.DoloRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Dolo;

public class Rule704Tests
{
    [Theory]
    [InlineData("01/04/2026")]
    [InlineData("31/03/2027")]
    public void OrderEndingInTheYear_Passes(string end) => Assert.Empty(Flagged(new Rule704(), Return(2027, Order("01/01/2026", end))));

    [Theory]
    [InlineData("31/03/2026")]
    [InlineData("01/04/2027")]
    public void OrderEndingOutsideTheYear_IsFlagged(string end) =>
        Assert.Equal(FirstOrder, Flagged(new Rule704(), Return(2027, Order("01/01/2026", end))));
}
