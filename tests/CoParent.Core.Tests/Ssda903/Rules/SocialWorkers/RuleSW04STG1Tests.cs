using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.SocialWorkers.SocialWorkerRows;

namespace CoParent.Core.Tests.Ssda903.Rules.SocialWorkers;

public class RuleSW04STG1Tests
{
    [Fact]
    public void ValidStartDate_Passes() => Assert.Empty(Flagged(new RuleSW04STG1(), Return(2027, Sw())));

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData(null)]
    public void StartDateInvalidOrBlank_IsFlagged(string? start) =>
        Assert.Equal(FirstRow, Flagged(new RuleSW04STG1(), Return(2027, Sw(start))));
}
