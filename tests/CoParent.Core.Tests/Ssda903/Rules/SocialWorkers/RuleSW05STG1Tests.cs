using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.SocialWorkers.SocialWorkerRows;

namespace CoParent.Core.Tests.Ssda903.Rules.SocialWorkers;

public class RuleSW05STG1Tests
{
    [Theory]
    [InlineData("01/06/2026")]
    [InlineData(null)]
    public void EndDateValidOrOpen_Passes(string? end) => Assert.Empty(Flagged(new RuleSW05STG1(), Return(2027, Sw(end: end))));

    [Fact]
    public void EndDateNotADate_IsFlagged() => Assert.Equal(FirstRow, Flagged(new RuleSW05STG1(), Return(2027, Sw(end: "ZZ/ZZ/ZZZZ"))));
}
