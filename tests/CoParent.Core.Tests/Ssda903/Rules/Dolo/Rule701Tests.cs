using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Dolo;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Dolo.DoloRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Dolo;

public class Rule701Tests
{
    [Theory]
    [InlineData("01/07/2026")]
    [InlineData(null)]
    public void EndDateValidOrOpen_Passes(string? end) => Assert.Empty(Flagged(new Rule701(), Return(2027, Order(end: end))));

    [Fact]
    public void EndDateNotADate_IsFlagged() => Assert.Equal(FirstOrder, Flagged(new Rule701(), Return(2027, Order(end: "1 July 2026"))));
}
