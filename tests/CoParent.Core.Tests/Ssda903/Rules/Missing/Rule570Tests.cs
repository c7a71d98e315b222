using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Missing.MissingRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

public class Rule570Tests
{
    [Fact]
    public void PeriodStartingOn31March_Passes() =>
        Assert.Empty(Flagged(new Rule570(), Return(2027, Period(start: "31/03/2027", end: null))));

    [Fact]
    public void PeriodStartingAfterTheCollectionYear_IsFlagged() =>
        Assert.Equal(FirstRow, Flagged(new Rule570(), Return(2027, Period(start: "01/04/2027", end: null))));
}
