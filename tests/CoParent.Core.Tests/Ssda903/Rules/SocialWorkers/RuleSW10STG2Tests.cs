using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.SocialWorkers.SocialWorkerRows;

namespace CoParent.Core.Tests.Ssda903.Rules.SocialWorkers;

public class RuleSW10STG2Tests
{
    [Theory]
    [InlineData("01/06/2026", "MANAGE")]
    [InlineData("25/05/2026", "MANAGE")]
    [InlineData("02/06/2026", "FCONTA")]
    public void EpisodeStartingWhenThePreviousEnded_Passes(string start, string reason) =>
        Assert.Empty(Flagged(new RuleSW10STG2(), Return(2027, Sw("01/04/2026", "01/06/2026"), Sw(start, reason: reason))));

    [Theory]
    [InlineData("20/05/2026", "MANAGE")]
    [InlineData("01/06/2026", "FCONTA")]
    public void EpisodeStartingBeforeThePreviousEnded_IsFlagged(string start, string reason) =>
        Assert.Equal([(ReturnTable.SWEpisodes, 2)],
            Flagged(new RuleSW10STG2(), Return(2027, Sw("01/04/2026", "01/06/2026"), Sw(start, reason: reason))));
}
