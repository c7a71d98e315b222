using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.SocialWorkers.SocialWorkerRows;

namespace CoParent.Core.Tests.Ssda903.Rules.SocialWorkers;

public class RuleSW08STG2Tests
{
    [Fact]
    public void EveryEpisodeButTheLatestEnded_Passes() =>
        Assert.Empty(Flagged(new RuleSW08STG2(), Return(2027, Sw("01/06/2026", null), Sw("01/04/2026", "01/06/2026"))));

    [Fact]
    public void EarlierEpisodeStillOpen_IsFlagged() =>
        Assert.Equal([(ReturnTable.SWEpisodes, 2)], Flagged(new RuleSW08STG2(), Return(2027, Sw("01/06/2026", null), Sw("01/04/2026", null))));
}
