using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Children;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Children;

public class Rule101Tests
{
    [Theory]
    [InlineData("M")]
    [InlineData("F")]
    [InlineData("U")]
    public void ReportedSexInTheCodeSet_Passes(string sex) =>
        Assert.Empty(Flagged(new Rule101(), Return(2027, Header(sex: sex))));

    [Theory]
    [InlineData("1")]
    [InlineData("X")]
    [InlineData(null)]
    public void ReportedSexOutsideTheCodeSet_FlagsTheHeader(string? sex) =>
        Assert.Equal([(ReturnTable.Header, 1)], Flagged(new Rule101(), Return(2027, Header() with { Sex = sex })));
}
