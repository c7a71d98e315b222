using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Placements;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Placements;

/// <summary>When an Ofsted URN is required or not allowed: rules 218 and 222.</summary>
public class UrnRulesTests
{
    private static readonly (ReturnTable, int)[] FirstEpisode = [(ReturnTable.Episodes, 1)];

    [Fact]
    public void Rule218_OpenFosterPlacementWithoutUrn_IsFlagged() =>
        Assert.Equal(FirstEpisode, Flagged(new Rule218(), Return(2027, Episode() with { Urn = null })));

    [Fact]
    public void Rule218_PlaceholderUrn_Passes() =>
        Assert.Empty(Flagged(new Rule218(), Return(2027, Episode() with { Urn = "XXXXXXX" })));

    [Theory]
    [InlineData("P1", "E10000012", null)]
    [InlineData("Z13", "E10000012", null)]
    [InlineData("U4", "WAL", null)]
    [InlineData("U4", "E10000012", "31/03/2026")] // ended before the collection year
    public void Rule218_UrnNotNeeded_Passes(string place, string plLa, string? dec) =>
        Assert.Empty(Flagged(new Rule218(), Return(2027,
            Episode(decom: "01/01/2026", dec: dec, place: place) with { Urn = null, PlLa = plLa })));

    [Fact]
    public void Rule218_EpisodeEndingOnCollectionStartWithoutUrn_IsFlagged() =>
        Assert.Equal(FirstEpisode, Flagged(new Rule218(), Return(2027, Episode(decom: "01/01/2026", dec: "01/04/2026") with { Urn = null })));

    [Theory]
    [InlineData("P1")]
    [InlineData("T4")]
    [InlineData("Z11")]
    public void Rule222_UrnForPlacementTypeWithoutOne_IsFlagged(string place) =>
        Assert.Equal(FirstEpisode, Flagged(new Rule222(), Return(2027, Episode(place: place))));

    [Fact]
    public void Rule222_PlaceholderUrnWithParents_Passes() =>
        Assert.Empty(Flagged(new Rule222(), Return(2027, Episode(place: "P1") with { Urn = "XXXXXXX" })));

    [Fact]
    public void Rule222_UrnForChildrensHome_Passes() => Assert.Empty(Flagged(new Rule222(), Return(2027, Episode(place: "K2"))));
}
