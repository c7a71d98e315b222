using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Missing.MissingRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

public class Rule1005Tests
{
    [Theory]
    [InlineData("03/06/2026")]
    [InlineData(null)]
    public void EndDateValidOrBlank_Passes(string? end) => Assert.Empty(Flagged(new Rule1005(), Return(2027, Period(end: end))));

    [Fact]
    public void EndDateNotADate_IsFlagged() =>
        Assert.Equal(FirstRow, Flagged(new Rule1005(), Return(2027, Period(end: "3/6/26"))));
}
