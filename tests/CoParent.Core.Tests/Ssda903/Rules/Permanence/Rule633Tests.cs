using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Permanence;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Permanence.PermanenceRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Permanence;

public class Rule633Tests
{
    [Theory]
    [InlineData("352")]
    [InlineData("999")]
    [InlineData("SCO")]
    [InlineData(null)]
    public void LaCodeInTheListOrBlank_Passes(string? la) => Assert.Empty(Flagged(new Rule633(), Return(2027, Perm(laPerm: la))));

    [Theory]
    [InlineData("458")]
    [InlineData("E10000012")]
    public void LaCodeNotInTheList_IsFlagged(string la) => Assert.Equal(FirstPerm, Flagged(new Rule633(), Return(2027, Perm(laPerm: la))));
}
