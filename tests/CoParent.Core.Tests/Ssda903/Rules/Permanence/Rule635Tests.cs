using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Permanence;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Permanence.PermanenceRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Permanence;

public class Rule635Tests
{
    [Theory]
    [InlineData("P1", "352", "05/05/2020")]
    [InlineData("Z1", null, null)]
    [InlineData(null, null, null)]
    public void OrderDetailsOnlyWithAPermanenceOption_Pass(string? prevPerm, string? la, string? date) =>
        Assert.Empty(Flagged(new Rule635(), Return(2027, Perm(prevPerm, la, date))));

    [Theory]
    [InlineData(null, "352", null)]
    [InlineData(null, null, "01/05/2000")]
    [InlineData("Z1", "352", "05/05/2020")]
    public void OrderDetailsWithNoPermanenceOptionOrZ1_AreFlagged(string? prevPerm, string? la, string? date) =>
        Assert.Equal(FirstPerm, Flagged(new Rule635(), Return(2027, Perm(prevPerm, la, date))));
}
