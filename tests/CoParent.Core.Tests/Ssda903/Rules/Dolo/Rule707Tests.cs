using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Dolo;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Dolo.DoloRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Dolo;

public class Rule707Tests
{
    [Fact]
    public void OpenOrderWhileStillInCare_Passes() =>
        Assert.Empty(Flagged(new Rule707(), Return(2027, Episode(decom: "01/05/2026"), Order())));

    [Fact]
    public void OpenOrderAfterCareEnded_IsFlagged() =>
        Assert.Equal(FirstOrder, Flagged(new Rule707(), Return(2027, Episode(decom: "01/05/2026", dec: "01/09/2026"), Order())));
}
