using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Missing.MissingRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

public class Rule586Tests
{
    [Fact]
    public void PeriodAfterBirth_Passes() => Assert.Empty(Flagged(new Rule586(), Return(2027, Period())));

    [Fact]
    public void PeriodStartingOnTheDateOfBirth_IsFlagged() =>
        Assert.Equal(FirstRow, Flagged(new Rule586(), Return(2027, Period(start: "15/06/2012", end: null))));
}
