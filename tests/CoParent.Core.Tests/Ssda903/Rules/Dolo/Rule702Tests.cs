using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Dolo;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Dolo.DoloRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Dolo;

public class Rule702Tests
{
    [Fact]
    public void OrderEndingOnItsStartDate_Passes() => Assert.Empty(Flagged(new Rule702(), Return(2027, Order(end: "01/06/2026"))));

    [Fact]
    public void OrderEndingBeforeItStarted_IsFlagged() => Assert.Equal(FirstOrder, Flagged(new Rule702(), Return(2027, Order(end: "31/05/2026"))));
}
