using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Missing.MissingRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

public class Rule571Tests
{
    [Theory]
    [InlineData("01/04/2026")]
    [InlineData("31/03/2027")]
    [InlineData(null)]
    public void PeriodEndingInTheYearOrOpen_Passes(string? end) =>
        Assert.Empty(Flagged(new Rule571(), Return(2027, Period(start: "01/01/2026", end: end))));

    [Theory]
    [InlineData("31/03/2026")]
    [InlineData("01/04/2027")]
    public void PeriodEndingOutsideTheYear_IsFlagged(string end) =>
        Assert.Equal(FirstRow, Flagged(new Rule571(), Return(2027, Period(start: "01/01/2026", end: end))));
}
