using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Missing.MissingRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

public class Rule581Tests
{
    [Fact]
    public void PeriodStartingDuringAnEpisode_Passes() =>
        Assert.Empty(Flagged(new Rule581(), Return(2027, Episode(decom: "01/05/2026"), Period("01/05/2026", null))));

    [Fact]
    public void PeriodStartingBeforeCare_IsFlagged() =>
        Assert.Equal([(ReturnTable.Missing, 1)], Flagged(new Rule581(), Return(2027, Episode(decom: "01/05/2026"), Period("30/04/2026", null))));

    [Fact]
    public void PeriodStartingBetweenEpisodes_IsFlagged() =>
        Assert.Equal([(ReturnTable.Missing, 1)], Flagged(new Rule581(), Return(2027,
            Ended("01/05/2026", "01/06/2026"), Episode(decom: "01/08/2026"), Period("01/07/2026", null))));

    [Fact]
    public void PeriodStartingAfterAnEpisodeWithAnUnreadableEndDate_Passes() =>
        Assert.Empty(Flagged(new Rule581(), Return(2027, Episode(decom: "01/05/2026", dec: "31/06/2026"), Period("01/08/2026", null))));
}
