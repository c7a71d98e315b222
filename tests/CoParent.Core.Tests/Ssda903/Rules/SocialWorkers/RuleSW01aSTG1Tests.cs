using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.SocialWorkers.SocialWorkerRows;

namespace CoParent.Core.Tests.Ssda903.Rules.SocialWorkers;

public class RuleSW01aSTG1Tests
{
    [Theory]
    [InlineData("01/01/2023", "SW1")]
    [InlineData("01/05/2026", null)]
    public void EpisodeWithAStartAndAnIdBefore2023_Passes(string start, string? id) =>
        Assert.Empty(Flagged(new RuleSW01aSTG1(), Return(2027, Sw(start, id: id))));

    [Theory]
    [InlineData(null, "SW1")]
    [InlineData("31/03/2023", null)]
    public void EpisodeWithNoStartOrAnOldOneWithNoId_IsFlagged(string? start, string? id) =>
        Assert.Equal(FirstRow, Flagged(new RuleSW01aSTG1(), Return(2027, Sw(start, id: id))));
}
