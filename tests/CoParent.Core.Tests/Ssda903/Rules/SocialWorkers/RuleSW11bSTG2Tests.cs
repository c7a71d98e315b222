using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.SocialWorkers.SocialWorkerRows;

namespace CoParent.Core.Tests.Ssda903.Rules.SocialWorkers;

public class RuleSW11bSTG2Tests
{
    [Fact]
    public void LatestEpisodeStillOpen_Passes() =>
        Assert.Empty(Flagged(new RuleSW11bSTG2(), Return(2027, Sw("01/04/2026", "01/06/2026"), Sw("01/06/2026"))));

    [Fact]
    public void LatestEpisodeEndedBefore31March_IsFlagged() =>
        Assert.Equal([(ReturnTable.SWEpisodes, 2)],
            Flagged(new RuleSW11bSTG2(), Return(2027, Sw("01/04/2026", "01/06/2026"), Sw("01/06/2026", "01/03/2027"))));
}
