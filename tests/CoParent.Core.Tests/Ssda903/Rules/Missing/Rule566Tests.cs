using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Missing.MissingRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

public class Rule566Tests
{
    [Fact]
    public void EndDateWithAType_Passes() => Assert.Empty(Flagged(new Rule566(), Return(2027, Period())));

    [Fact]
    public void EndDateWithNoType_IsFlagged() =>
        Assert.Equal(FirstRow, Flagged(new Rule566(), Return(2027, Period(type: null, start: null))));
}
