using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Dolo;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Dolo.DoloRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Dolo;

public class Rule708Tests
{
    [Fact]
    public void OrderAfterBirth_Passes() => Assert.Empty(Flagged(new Rule708(), Return(2027, Order())));

    [Fact]
    public void OrderStartingBeforeBirth_IsFlagged() => Assert.Equal(FirstOrder, Flagged(new Rule708(), Return(2027, Order("01/06/2026", dob: "02/06/2026"))));
}
