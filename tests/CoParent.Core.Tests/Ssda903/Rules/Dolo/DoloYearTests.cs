using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Dolo;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Dolo.DoloRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Dolo;

public class DoloYearTests
{
    [Fact]
    public void DoloRules_AreOnlyInThe2026To27RuleList()
    {
        Assert.False(new Rule700().AppliesTo(2026));
        Assert.True(new Rule710().AppliesTo(2027));
    }
}
