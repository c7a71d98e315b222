using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Missing.MissingRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

public class Rule564Tests
{
    [Fact]
    public void MissingPeriodWithAStartDate_Passes() => Assert.Empty(Flagged(new Rule564(), Return(2027, Period())));

    [Fact]
    public void MissingPeriodWithNoStartDate_IsFlagged() =>
        Assert.Equal(FirstRow, Flagged(new Rule564(), Return(2027, Period(start: null))));

    [Fact]
    public void RowWithNeitherTypeNorStart_IsLeftToOtherRules() =>
        Assert.Empty(Flagged(new Rule564(), Return(2027, Period(start: null, type: null))));
}
