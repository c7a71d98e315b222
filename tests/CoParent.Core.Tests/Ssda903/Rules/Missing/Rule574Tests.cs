using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Missing.MissingRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

public class Rule574Tests
{
    [Fact]
    public void PeriodsOneAfterAnother_Pass() =>
        Assert.Empty(Flagged(new Rule574(), Return(2027, Period("01/06/2026", "03/06/2026"), Period("03/06/2026", "05/06/2026"), Period("10/06/2026", null))));

    [Fact]
    public void PeriodStartingWhileAnotherIsOpen_FlagsTheLaterInOrderOfEnding() =>
        // The open period (filed second) sorts first by its start, so the period ending on 05/06 follows an open one.
        Assert.Equal([(ReturnTable.Missing, 1)], Flagged(new Rule574(), Return(2027, Period("01/06/2026", "05/06/2026"), Period("04/06/2026", null))));

    [Fact]
    public void OverlappingPeriods_FlagTheSecond() =>
        Assert.Equal([(ReturnTable.Missing, 2)], Flagged(new Rule574(), Return(2027, Period("02/06/2026", "04/06/2026"), Period("03/06/2026", "09/06/2026"))));
}
