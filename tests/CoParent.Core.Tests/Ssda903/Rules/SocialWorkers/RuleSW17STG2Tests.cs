using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.SocialWorkers.SocialWorkerRows;

namespace CoParent.Core.Tests.Ssda903.Rules.SocialWorkers;

public class RuleSW17STG2Tests
{
    [Fact]
    public void LatestEpisodeOpen_Passes() =>
        Assert.Empty(Flagged(new RuleSW17STG2(), Return(2027, Sw("01/04/2026", "01/06/2026"), Sw("01/06/2026"))));

    [Fact]
    public void LatestEpisodeEnded_IsFlagged() =>
        Assert.Equal([(ReturnTable.SWEpisodes, 1)], Flagged(new RuleSW17STG2(), Return(2027, Sw("01/06/2026", "31/03/2027"), Sw("01/04/2026", "01/06/2026"))));

    [Fact]
    public void LatestEpisodeWithAnUnreadableEndDate_IsLeftToSW05() =>
        Assert.Empty(Flagged(new RuleSW17STG2(), Return(2027, Sw("01/06/2026", "31/13/2026"))));
}
