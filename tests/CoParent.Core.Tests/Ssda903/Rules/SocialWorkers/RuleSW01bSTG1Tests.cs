using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.SocialWorkers.SocialWorkerRows;

namespace CoParent.Core.Tests.Ssda903.Rules.SocialWorkers;

public class RuleSW01bSTG1Tests
{
    [Theory]
    [InlineData("01/05/2026", "SW1", "MANAGE")]
    [InlineData("01/01/2023", "SW1", null)]
    public void EpisodeWithEverythingItNeeds_Passes(string start, string? id, string? reason) =>
        Assert.Empty(Flagged(new RuleSW01bSTG1(), Return(2027, Sw(start, id: id, reason: reason))));

    [Theory]
    [InlineData(null, "SW1", "MANAGE")]
    [InlineData("01/04/2023", null, "MANAGE")]
    [InlineData("01/05/2026", "SW1", null)]
    public void EpisodeSince2023MissingSomething_IsFlagged(string? start, string? id, string? reason) =>
        Assert.Equal(FirstRow, Flagged(new RuleSW01bSTG1(), Return(2027, Sw(start, id: id, reason: reason))));
}
