using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.SocialWorkers.SocialWorkerRows;

namespace CoParent.Core.Tests.Ssda903.Rules.SocialWorkers;

public class RuleSW07STG2Tests
{
    [Theory]
    [InlineData("01/04/2025")]
    [InlineData("31/03/2027")]
    public void EndDateInTheReportingPeriod_Passes(string end) =>
        Assert.Empty(Flagged(new RuleSW07STG2(), Return(2027, Sw("01/01/2025", end))));

    [Theory]
    [InlineData("31/03/2025")]
    [InlineData("01/04/2027")]
    public void EndDateOutsideTheReportingPeriod_IsFlagged(string end) =>
        Assert.Equal(FirstRow, Flagged(new RuleSW07STG2(), Return(2027, Sw("01/01/2025", end))));
}
