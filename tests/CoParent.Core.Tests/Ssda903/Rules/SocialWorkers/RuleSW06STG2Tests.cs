using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.SocialWorkers.SocialWorkerRows;

namespace CoParent.Core.Tests.Ssda903.Rules.SocialWorkers;

public class RuleSW06STG2Tests
{
    [Fact]
    public void EpisodeStartingBy31March_Passes() => Assert.Empty(Flagged(new RuleSW06STG2(), Return(2027, Sw("31/03/2027"))));

    [Fact]
    public void EpisodeStartingAfterTheCollectionYear_IsFlagged() =>
        Assert.Equal(FirstRow, Flagged(new RuleSW06STG2(), Return(2027, Sw("01/04/2027"))));
}
