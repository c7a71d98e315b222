using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.SocialWorkers.SocialWorkerRows;

namespace CoParent.Core.Tests.Ssda903.Rules.SocialWorkers;

public class RuleSW09STG2Tests
{
    [Fact]
    public void EpisodeLastingThreeDays_Passes() => Assert.Empty(Flagged(new RuleSW09STG2(), Return(2027, Sw("01/06/2026", "04/06/2026"))));

    [Theory]
    [InlineData("03/06/2026")]
    [InlineData("01/06/2026")]
    [InlineData("30/05/2026")]
    public void EpisodeEndingWithinAFewDaysOrBeforeItBegan_IsFlagged(string end) =>
        Assert.Equal(FirstRow, Flagged(new RuleSW09STG2(), Return(2027, Sw("01/06/2026", end))));
}
