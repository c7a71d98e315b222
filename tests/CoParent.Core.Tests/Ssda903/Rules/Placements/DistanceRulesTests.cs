using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Placements;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Placements;

/// <summary>The derived placement distance: rules 164, 392a, 406 and 454.</summary>
public class DistanceRulesTests
{
    private static readonly (ReturnTable, int)[] FirstEpisode = [(ReturnTable.Episodes, 1)];

    private static UascRow Uasc() => new() { Child = "C1", Sex = "M", Dob = "15/06/2009" };

    [Fact]
    public void Rule164_DistanceOver999Point9_IsFlagged() =>
        Assert.Equal(FirstEpisode, Flagged(new Rule164(), Return(2027, Episode() with { PlDistance = 1000.0 })));

    [Fact]
    public void Rule164_DistanceInRange_Passes() =>
        Assert.Empty(Flagged(new Rule164(), Return(2027, Episode() with { PlDistance = 999.9 })));

    [Fact]
    public void Rule164_UascChildFarAway_IsNotChecked() =>
        Assert.Empty(Flagged(new Rule164(), Return(2027, Episode() with { PlDistance = 1200.0 }, Uasc())));

    [Fact]
    public void Rule392a_NoDistance_IsFlagged() =>
        Assert.Equal(FirstEpisode, Flagged(new Rule392a(), Return(2027, Episode() with { PlDistance = null, PlPostKnown = false })));

    [Fact]
    public void Rule392a_DistanceRecorded_Passes() => Assert.Empty(Flagged(new Rule392a(), Return(2027, Episode())));

    [Fact]
    public void Rule392a_UascChildWithoutDistance_Passes() =>
        Assert.Empty(Flagged(new Rule392a(), Return(2027, Episode() with { PlDistance = null }, Uasc())));

    [Fact]
    public void Rule392a_PostcodeLookupNotRun_IsNotJudged() =>
        Assert.Empty(Flagged(new Rule392a(), Return(2027, Episode() with { PlDistance = null, HomePostKnown = null, PlPostKnown = null })));

    [Fact]
    public void Rule406_UascChildWithDistance_IsFlagged() =>
        Assert.Equal(FirstEpisode, Flagged(new Rule406(), Return(2027, Episode(), Uasc())));

    [Fact]
    public void Rule406_FormerUascChildWithDistanceLastYearOnly_IsFlagged() =>
        Assert.Equal(FirstEpisode, Flagged(new Rule406(), Return(2027, Episode()), Return(2026, Uasc())));

    [Fact]
    public void Rule406_ChildNeverUascWithDistance_Passes() => Assert.Empty(Flagged(new Rule406(), Return(2027, Episode())));

    [Theory]
    [InlineData(350.1)]
    [InlineData(999.0)]
    public void Rule454_DistanceOver350Miles_IsFlagged(double miles) =>
        Assert.Equal(FirstEpisode, Flagged(new Rule454(), Return(2027, Episode() with { PlDistance = miles })));

    [Theory]
    [InlineData(350.0)]
    [InlineData(999.9)]
    public void Rule454_Within350MilesOrNotApplicable_Passes(double miles) =>
        Assert.Empty(Flagged(new Rule454(), Return(2027, Episode() with { PlDistance = miles })));
}
