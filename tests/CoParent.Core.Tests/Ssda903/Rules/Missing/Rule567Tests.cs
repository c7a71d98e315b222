using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Missing.MissingRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

public class Rule567Tests
{
    [Fact]
    public void PeriodEndingOnOrAfterItsStart_Passes() =>
        Assert.Empty(Flagged(new Rule567(), Return(2027, Period(start: "01/06/2026", end: "01/06/2026"), Period(end: null))));

    [Fact]
    public void PeriodEndingBeforeItStarted_IsFlagged() =>
        Assert.Equal(FirstRow, Flagged(new Rule567(), Return(2027, Period(start: "05/06/2026", end: "03/06/2026"))));
}
