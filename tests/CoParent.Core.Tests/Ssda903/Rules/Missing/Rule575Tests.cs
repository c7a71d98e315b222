using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Missing.MissingRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

public class Rule575Tests
{
    [Fact]
    public void PeriodFromAnEndedPlacementThatHasEnded_Passes() =>
        Assert.Empty(Flagged(new Rule575(), Return(2027, Ended("01/05/2026", "10/06/2026"), Period("01/06/2026", "02/06/2026"))));

    [Fact]
    public void OpenPeriodFromAnEndedPlacement_IsFlagged() =>
        Assert.Equal([(ReturnTable.Missing, 1)], Flagged(new Rule575(), Return(2027, Ended("01/05/2026", "10/06/2026"), Period("01/06/2026", null))));

    [Fact]
    public void OpenPeriodInAnOpenPlacement_Passes() =>
        Assert.Empty(Flagged(new Rule575(), Return(2027, Episode(decom: "01/05/2026"), Period("01/06/2026", null))));
}
