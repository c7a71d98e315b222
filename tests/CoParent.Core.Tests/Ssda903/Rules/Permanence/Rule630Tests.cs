using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Permanence;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Permanence.PermanenceRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Permanence;

public class Rule630Tests
{
    [Theory]
    [InlineData("Z1", null, null)]
    [InlineData("P1", "352", "05/05/2020")]
    [InlineData("P4", "999", "ZZ/ZZ/ZZZZ")]
    public void ChildStartingCareWithCompletePermanenceInformation_Passes(string prevPerm, string? la, string? date) =>
        Assert.Empty(Flagged(new Rule630(), Return(2027, Episode(decom: "01/05/2026", rne: "S"), Perm(prevPerm, la, date))));

    [Fact]
    public void ChildStartingCareWithNoPermanenceRow_FlagsTheEpisode() =>
        Assert.Equal(FirstEpisode, Flagged(new Rule630(), Return(2027, Episode(decom: "01/05/2026", rne: "S"))));

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("P1", null, "05/05/2020")]
    [InlineData("P2", "352", null)]
    public void ChildStartingCareWithIncompletePermanenceInformation_FlagsTheEpisode(string? prevPerm, string? la, string? date) =>
        Assert.Equal(FirstEpisode, Flagged(new Rule630(), Return(2027, Episode(decom: "01/05/2026", rne: "S"), Perm(prevPerm, la, date))));

    [Fact]
    public void ChildWhoStartedCareBeforeTheYear_Passes() =>
        Assert.Empty(Flagged(new Rule630(), Return(2027, Episode(decom: "01/03/2026", rne: "S"), Episode(decom: "01/05/2026", rne: "P"))));
}
