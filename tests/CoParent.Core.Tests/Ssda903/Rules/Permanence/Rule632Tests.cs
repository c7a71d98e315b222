using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Permanence;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Permanence.PermanenceRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Permanence;

public class Rule632Tests
{
    [Theory]
    [InlineData("30/04/2026")]
    [InlineData("ZZ/ZZ/2025")]
    [InlineData("ZZ/04/2026")]
    [InlineData("ZZ/ZZ/ZZZZ")]
    [InlineData(null)]
    public void OrderDateBeforeCareBegan_Passes(string? date) =>
        Assert.Empty(Flagged(new Rule632(), Return(2027, Episode(decom: "01/05/2026"), Perm(datePerm: date))));

    [Theory]
    [InlineData("01/05/2026")]
    [InlineData("ZZ/05/2026")]
    [InlineData("ZZ/ZZ/2026")]
    [InlineData("ZZ/ZZ/ZZ")]
    [InlineData("01/13/2000")]
    [InlineData("xx/10/2011")]
    public void OrderDateInvalidOrNotBeforeCareBegan_FlagsTheRowAndTheFirstEpisode(string date) =>
        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.PrevPerm, 1)],
            Flagged(new Rule632(), Return(2027, Episode(decom: "01/05/2026"), Episode(decom: "01/12/2026"), Perm(datePerm: date))));
}
