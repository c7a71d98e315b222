using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.SocialWorkers.SocialWorkerRows;

namespace CoParent.Core.Tests.Ssda903.Rules.SocialWorkers;

public class RuleSW02STG1Tests
{
    [Theory]
    [InlineData("SW123")]
    [InlineData("XX000")]
    public void IdBeginningSwOrXx_Passes(string id) => Assert.Empty(Flagged(new RuleSW02STG1(), Return(2027, Sw(id: id))));

    [Theory]
    [InlineData("AB123")]
    [InlineData("SW")]
    [InlineData(null)]
    public void IdNotBeginningSwOrXxOrTooShort_IsFlagged(string? id) =>
        Assert.Equal(FirstRow, Flagged(new RuleSW02STG1(), Return(2027, Sw(id: id))));
}
