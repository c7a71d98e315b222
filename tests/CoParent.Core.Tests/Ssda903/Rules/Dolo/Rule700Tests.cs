using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Dolo;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Dolo.DoloRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Dolo;

public class Rule700Tests
{
    [Fact]
    public void ValidStartDate_Passes() => Assert.Empty(Flagged(new Rule700(), Return(2027, Order())));

    [Theory]
    [InlineData("31/06/2026")]
    [InlineData(null)]
    public void StartDateInvalidOrBlank_IsFlagged(string? start) => Assert.Equal(FirstOrder, Flagged(new Rule700(), Return(2027, Order(start))));
}
