using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Placements;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Placements;

/// <summary>The derived placement LA and location: rules 169, 179, 411, 420 and 1015.</summary>
public class PlacementLocationRulesTests
{
    private static readonly (ReturnTable, int)[] FirstEpisode = [(ReturnTable.Episodes, 1)];

    private static EpisodeRow UnknownPlacement() =>
        Episode() with { PlLa = null, PlLocation = null, PlDistance = null, PlPostKnown = false };

    [Fact]
    public void Rule169_PlacementLaNotFound_IsFlagged() =>
        Assert.Equal(FirstEpisode, Flagged(new Rule169(), Return(2027, UnknownPlacement())));

    [Fact]
    public void Rule169_PlacementLaFound_Passes() => Assert.Empty(Flagged(new Rule169(), Return(2027, Episode())));

    [Fact]
    public void Rule169_ShortBreakWithoutPlacementLa_Passes() =>
        Assert.Empty(Flagged(new Rule169(), Return(2027, UnknownPlacement() with { Ls = "V3", PlPost = null })));

    [Fact]
    public void Rule169_PostcodeLookupNotRun_IsNotJudged() =>
        Assert.Empty(Flagged(new Rule169(), Return(2027, UnknownPlacement() with { PlPostKnown = null })));

    [Fact]
    public void Rule179_PlacementLocationMissing_IsFlagged() =>
        Assert.Equal(FirstEpisode, Flagged(new Rule179(), Return(2027, UnknownPlacement())));

    [Fact]
    public void Rule179_PlacementLocationKnown_Passes() => Assert.Empty(Flagged(new Rule179(), Return(2027, Episode())));

    [Fact]
    public void Rule411_InsideButAnotherLa_IsFlagged() =>
        Assert.Equal(FirstEpisode, Flagged(new Rule411(), Return(2027, Episode() with { PlLa = "E10000015", PlLocation = "IN" })));

    [Fact]
    public void Rule411_OutsideInAnotherLa_Passes() =>
        Assert.Empty(Flagged(new Rule411(), Return(2027, Episode() with { PlLa = "E10000015", PlLocation = "OUT" })));

    [Fact]
    public void Rule420_ShortBreakWithPlacementLa_IsFlagged() =>
        Assert.Equal(FirstEpisode, Flagged(new Rule420(), Return(2027, Episode() with { Ls = "V4" })));

    [Fact]
    public void Rule420_CareOrderWithPlacementLa_Passes() => Assert.Empty(Flagged(new Rule420(), Return(2027, Episode())));

    [Fact]
    public void Rule1015_OwnProvisionChildrensHomeInAnotherLa_IsFlagged() =>
        Assert.Equal(FirstEpisode, Flagged(new Rule1015(), Return(2027, Episode(place: "K2") with { PlLa = "E10000015" })));

    [Theory]
    [InlineData("K2", "C2", "E10000012")] // in our own area
    [InlineData("U4", "C2", "E10000015")] // our foster carers may live elsewhere
    [InlineData("K3", "C2", "E10000015")] // supported accommodation is exempt from 2025/26
    [InlineData("K2", "V3", "E10000015")] // short breaks are not checked
    public void Rule1015_OwnProvisionThatMayBeElsewhere_Passes(string place, string ls, string plLa) =>
        Assert.Empty(Flagged(new Rule1015(), Return(2027, Episode(place: place, ls: ls) with { PlLa = plLa })));
}
