using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation;
using CoParent.Core.Ssda903.Validation.Rules.Placements;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Placements;

/// <summary>PLACE_PROVIDER codes and their fit with PLACE: rules 178, 213, 526, 527 to 531 and 550.</summary>
public class ProviderCodeRulesTests
{
    private static IReadOnlyList<(ReturnTable, int)> Check(Rule rule, string? place, string? provider) =>
        Flagged(rule, Return(2027, Episode() with { Place = place, PlaceProvider = provider }));

    private static readonly (ReturnTable, int)[] FirstEpisode = [(ReturnTable.Episodes, 1)];

    [Theory]
    [InlineData("U4", "PR1")]
    [InlineData("P1", "PR0")]
    [InlineData("T1", null)]
    [InlineData("U4", null)]
    public void Rule178_ValidOrBlankProvider_Passes(string place, string? provider) =>
        Assert.Empty(Check(new Rule178(), place, provider));

    [Theory]
    [InlineData("U4", "PR6")]
    [InlineData("T0", "PR1")]
    [InlineData("Z12", "PR4")]
    public void Rule178_UnknownCodeOrProviderForAPlacementThatTakesNone_IsFlagged(string place, string provider) =>
        Assert.Equal(FirstEpisode, Check(new Rule178(), place, provider));

    [Theory]
    [InlineData("T3", "PR1")]
    [InlineData("Z14", "PR5")]
    public void Rule213_ProviderForTemporaryOrZPlacement_IsFlagged(string place, string provider) =>
        Assert.Equal(FirstEpisode, Check(new Rule213(), place, provider));

    [Theory]
    [InlineData("T3", null)]
    [InlineData("T4", "PR1")] // ssda903.md §3: from 2025/26 only T0-T3 and Z11-Z14 must be blank
    [InlineData("U4", "PR1")]
    public void Rule213_ProviderWhereAllowed_Passes(string place, string? provider) =>
        Assert.Empty(Check(new Rule213(), place, provider));

    [Fact]
    public void Rule526_MissingProviderForAFosterPlacement_IsFlagged() =>
        Assert.Equal(FirstEpisode, Check(new Rule526(), "U4", null));

    [Theory]
    [InlineData("T4")]
    [InlineData("Z11")]
    public void Rule526_MissingProviderForTemporaryOrZPlacement_Passes(string place) =>
        Assert.Empty(Check(new Rule526(), place, null));

    [Theory]
    [InlineData("P1")]
    [InlineData("R2")]
    [InlineData("R5")]
    public void Rule527_OwnProvisionWithParentsNhsOrYoi_IsFlagged(string place) =>
        Assert.Equal(FirstEpisode, Check(new Rule527(), place, "PR1"));

    [Fact]
    public void Rule527_OwnProvisionFostering_Passes() => Assert.Empty(Check(new Rule527(), "U4", "PR1"));

    [Fact]
    public void Rule528_OtherLaProvisionInYoi_IsFlagged() => Assert.Equal(FirstEpisode, Check(new Rule528(), "R5", "PR2"));

    [Fact]
    public void Rule528_OtherLaProvisionFostering_Passes() => Assert.Empty(Check(new Rule528(), "U4", "PR2"));

    [Theory]
    [InlineData("K2")]
    [InlineData("A5")]
    [InlineData("U1")]
    public void Rule529_OtherPublicProvisionOfHomesAdoptionOrFostering_IsFlagged(string place) =>
        Assert.Equal(FirstEpisode, Check(new Rule529(), place, "PR3"));

    [Fact]
    public void Rule529_OtherPublicProvisionInNhs_Passes() => Assert.Empty(Check(new Rule529(), "R2", "PR3"));

    [Fact]
    public void Rule530_PrivateProviderWithParents_IsFlagged() => Assert.Equal(FirstEpisode, Check(new Rule530(), "P1", "PR4"));

    [Fact]
    public void Rule530_PrivateChildrensHome_Passes() => Assert.Empty(Check(new Rule530(), "K2", "PR4"));

    [Fact]
    public void Rule531_VoluntaryProviderWithParents_IsFlagged() => Assert.Equal(FirstEpisode, Check(new Rule531(), "P1", "PR5"));

    [Fact]
    public void Rule531_VoluntaryFostering_Passes() => Assert.Empty(Check(new Rule531(), "U4", "PR5"));

    [Theory]
    [InlineData("U4")]
    [InlineData(null)]
    public void Rule550_ParentProviderAwayFromParents_IsFlagged(string? place) =>
        Assert.Equal(FirstEpisode, Check(new Rule550(), place, "PR0"));

    [Fact]
    public void Rule550_ParentProviderWithParents_Passes() => Assert.Empty(Check(new Rule550(), "P1", "PR0"));
}
