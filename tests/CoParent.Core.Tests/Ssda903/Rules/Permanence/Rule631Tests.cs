using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Permanence;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Permanence.PermanenceRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Permanence;

public class Rule631Tests
{
    [Theory]
    [InlineData("P1")]
    [InlineData("Z1")]
    [InlineData(null)]
    public void PreviousPermanenceInTheCodeSetOrBlank_Passes(string? prevPerm) =>
        Assert.Empty(Flagged(new Rule631(), Return(2027, Perm(prevPerm))));

    [Fact]
    public void PreviousPermanenceOutsideTheCodeSet_IsFlagged() =>
        Assert.Equal(FirstPerm, Flagged(new Rule631(), Return(2027, Perm("P0"))));
}
