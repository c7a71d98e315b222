using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Placements;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Placements;

/// <summary>Home and placement postcodes: rules 214, 392b, 392c, 392d and 398.</summary>
public class PostcodeRulesTests
{
    private static readonly (ReturnTable, int)[] FirstEpisode = [(ReturnTable.Episodes, 1)];

    private static EpisodeRow ShortBreak() =>
        Episode(ls: "V3") with { HomePost = null, PlPost = null, Urn = null, PlLa = null, PlLocation = null, PlDistance = null };

    [Fact]
    public void Rule214_ShortBreakWithUrn_IsFlagged() =>
        Assert.Equal(FirstEpisode, Flagged(new Rule214(), Return(2027, ShortBreak() with { Urn = "SC123456" })));

    [Fact]
    public void Rule214_ShortBreakWithoutLocation_Passes() => Assert.Empty(Flagged(new Rule214(), Return(2027, ShortBreak())));

    [Fact]
    public void Rule392b_MissingPlacementPostcode_IsFlagged() =>
        Assert.Equal(FirstEpisode, Flagged(new Rule392b(), Return(2027, Episode() with { PlPost = null })));

    [Fact]
    public void Rule392b_BothPostcodes_Passes() => Assert.Empty(Flagged(new Rule392b(), Return(2027, Episode())));

    [Fact]
    public void Rule392b_UascChildWithoutPostcodes_Passes() =>
        Assert.Empty(Flagged(new Rule392b(), Return(2027,
            Episode() with { HomePost = null, PlPost = null },
            new UascRow { Child = "C1", Sex = "M", Dob = "15/06/2009" })));

    [Fact]
    public void Rule392b_ChildUascLastYearWithoutPostcodes_Passes() =>
        Assert.Empty(Flagged(new Rule392b(),
            Return(2027, Episode() with { HomePost = null }),
            Return(2026, new UascRow { Child = "C1", Sex = "M", Dob = "15/06/2009", Duc = "01/01/2026" })));

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Rule392c_PostcodeNotInTheDirectory_IsFlagged(bool homeKnown, bool placementKnown) =>
        Assert.Equal(FirstEpisode, Flagged(new Rule392c(), Return(2027,
            Episode() with { HomePostKnown = homeKnown, PlPostKnown = placementKnown })));

    [Fact]
    public void Rule392c_NoLookupRan_IsNotJudged() =>
        Assert.Empty(Flagged(new Rule392c(), Return(2027, Episode() with { HomePostKnown = null, PlPostKnown = null })));

    [Fact]
    public void Rule392c_BothFound_Passes() => Assert.Empty(Flagged(new Rule392c(), Return(2027, Episode())));

    [Fact]
    public void Rule392d_SamePostcodeWrittenDifferently_IsFlagged() =>
        Assert.Equal(FirstEpisode, Flagged(new Rule392d(), Return(2027, Episode() with { HomePost = "CM1 1AA", PlPost = "cm11aa" })));

    [Fact]
    public void Rule392d_SamePostcodePlacedWithParents_Passes() =>
        Assert.Empty(Flagged(new Rule392d(), Return(2027, Episode(place: "P1") with { HomePost = "CM1 1AA", PlPost = "CM1 1AA" })));

    [Fact]
    public void Rule392d_DifferentPostcodes_Passes() => Assert.Empty(Flagged(new Rule392d(), Return(2027, Episode())));

    [Fact]
    public void Rule398_ShortBreakWithHomePostcode_IsFlagged() =>
        Assert.Equal(FirstEpisode, Flagged(new Rule398(), Return(2027, ShortBreak() with { HomePost = "CM1 1AA" })));

    [Fact]
    public void Rule398_ShortBreakWithoutPostcodes_Passes() => Assert.Empty(Flagged(new Rule398(), Return(2027, ShortBreak())));
}
