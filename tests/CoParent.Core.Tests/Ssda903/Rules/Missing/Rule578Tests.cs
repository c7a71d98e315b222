using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Missing.MissingRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

public class Rule578Tests
{
    [Fact]
    public void PeriodStartingDuringCare_Passes() =>
        Assert.Empty(Flagged(new Rule578(), Return(2027, Ended("01/05/2026", "01/09/2026"), Period("01/09/2026", null))));

    [Fact]
    public void PeriodStartingAfterCareEnded_IsFlagged() =>
        Assert.Equal([(ReturnTable.Missing, 1)], Flagged(new Rule578(), Return(2027, Ended("01/05/2026", "01/09/2026"), Period("02/09/2026", null))));

    [Fact]
    public void ChildWithNoEpisodes_IsLeftToOtherRules() =>
        Assert.Empty(Flagged(new Rule578(), Return(2027, Period("02/09/2026", null))));
}
