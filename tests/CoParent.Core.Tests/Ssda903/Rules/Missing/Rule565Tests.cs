using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Missing.MissingRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

public class Rule565Tests
{
    [Fact]
    public void StartDateWithAType_Passes() => Assert.Empty(Flagged(new Rule565(), Return(2027, Period(type: "A"))));

    [Fact]
    public void StartDateWithNoType_IsFlagged() =>
        Assert.Equal(FirstRow, Flagged(new Rule565(), Return(2027, Period(type: null, end: null))));
}
