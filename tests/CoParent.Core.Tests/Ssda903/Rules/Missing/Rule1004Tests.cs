using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Missing.MissingRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

public class Rule1004Tests
{
    [Fact]
    public void ValidStartDate_Passes() => Assert.Empty(Flagged(new Rule1004(), Return(2027, Period())));

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("2026-06-01")]
    [InlineData(null)]
    public void StartDateInvalidOrBlank_IsFlagged(string? start) =>
        Assert.Equal(FirstRow, Flagged(new Rule1004(), Return(2027, Period(start: start))));
}
