using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Missing.MissingRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

public class Rule1006Tests
{
    [Theory]
    [InlineData("M")]
    [InlineData("A")]
    [InlineData(null)]
    public void MissingTypeInTheCodeSetOrBlank_Passes(string? type) =>
        Assert.Empty(Flagged(new Rule1006(), Return(2027, Period(type: type))));

    [Fact]
    public void MissingTypeOutsideTheCodeSet_IsFlagged() =>
        Assert.Equal(FirstRow, Flagged(new Rule1006(), Return(2027, Period(type: "AWAY"))));
}
