using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation;
using CoParent.Core.Ssda903.Validation.Rules.Placements;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Placements;

/// <summary>URNs checked against Ofsted's provider lists: rules 219, 221, 224, 227, 228, 229 and 1008.</summary>
public class OfstedProviderRulesTests
{
    private static readonly (ReturnTable, int)[] FirstEpisode = [(ReturnTable.Episodes, 1)];

    /// <summary>A children's home in Chelmsford, Essex, run privately, closed on 30 June 2026.</summary>
    private static readonly OfstedProvider ClosedHome =
        new("SC111111", "K2", "CM2 0AA", new DateOnly(2010, 1, 1), new DateOnly(2026, 6, 30), "E10000012", "PR4");

    /// <summary>A foster agency in Suffolk that takes placements as private or voluntary provision.</summary>
    private static readonly OfstedProvider SuffolkAgency =
        new("SC123456", "U4/U5/U6", "IP1 1AA", new DateOnly(2005, 1, 1), null, "E10000029", "PR4,PR5");

    private sealed class Providers(params OfstedProvider[] providers) : IOfstedProviders
    {
        public OfstedProvider? Find(string urn) => providers.FirstOrDefault(p => p.Urn == urn);
    }

    private static readonly Providers Lists = new(ClosedHome, SuffolkAgency);

    private static EpisodeRow AtHome(string decom = "01/05/2026", string? dec = null) =>
        Episode(decom: decom, dec: dec, place: "K2") with { Urn = "SC111111", PlaceProvider = "PR4" };

    private static IReadOnlyList<(ReturnTable, int)> Check(Rule rule, EpisodeRow episode) =>
        Flagged(rule, Return(2027, episode), providers: Lists);

    [Fact]
    public void Rule219_PlacementTypeTheProviderIsRegisteredFor_Passes() =>
        Assert.Empty(Check(new Rule219(), Episode(place: "U5") with { PlaceProvider = "PR5" }));

    [Fact]
    public void Rule219_FosterPlacementAtAChildrensHomeUrn_IsFlagged() =>
        Assert.Equal(FirstEpisode, Check(new Rule219(), AtHome() with { Place = "U4" }));

    [Fact]
    public void Rule219_PlaceholderUrn_IsNotChecked() =>
        Assert.Empty(Check(new Rule219(), Episode(place: "K1") with { Urn = "XXXXXXX" }));

    [Fact]
    public void Rule221_HomePostcodeMatchingOfsted_Passes() =>
        Assert.Empty(Check(new Rule221(), AtHome() with { PlPost = "cm20aa" }));

    [Fact]
    public void Rule221_HomePostcodeDifferentFromOfsted_IsFlagged() =>
        Assert.Equal(FirstEpisode, Check(new Rule221(), AtHome() with { PlPost = "CM3 5ZZ" }));

    [Fact]
    public void Rule221_FosterPlacement_IsNotChecked() =>
        Assert.Empty(Check(new Rule221(), Episode() with { PlPost = "CM3 5ZZ" }));

    [Fact]
    public void Rule224_ProviderKindTheUrnAllows_Passes() =>
        Assert.Empty(Check(new Rule224(), Episode() with { PlaceProvider = "PR5" }));

    [Fact]
    public void Rule224_OwnProvisionAtAPrivateAgency_IsFlagged() =>
        Assert.Equal(FirstEpisode, Check(new Rule224(), Episode() with { PlaceProvider = "PR1" }));

    [Fact]
    public void Rule227_EpisodeStartingOnTheDayTheHomeClosed_IsFlagged() =>
        Assert.Equal(FirstEpisode, Check(new Rule227(), AtHome(decom: "30/06/2026")));

    [Fact]
    public void Rule227_EpisodeStartingBeforeTheHomeClosed_Passes() =>
        Assert.Empty(Check(new Rule227(), AtHome(decom: "29/06/2026")));

    [Fact]
    public void Rule228_EpisodeEndingOnTheDayTheHomeClosed_Passes() =>
        Assert.Empty(Check(new Rule228(), AtHome(dec: "30/06/2026")));

    [Theory]
    [InlineData("01/07/2026")]
    [InlineData(null)] // still open at 31 March, after the home closed
    public void Rule228_EpisodeEndingAfterTheHomeClosed_IsFlagged(string? dec) =>
        Assert.Equal(FirstEpisode, Check(new Rule228(), AtHome(dec: dec)));

    [Fact]
    public void Rule228_ProviderStillRegistered_Passes() => Assert.Empty(Check(new Rule228(), Episode()));

    [Fact]
    public void Rule229_OwnProvisionAtAProviderInAnotherLa_IsFlagged() =>
        Assert.Equal(FirstEpisode, Check(new Rule229(), Episode() with { PlaceProvider = "PR1" }));

    [Fact]
    public void Rule229_OtherLaProvisionAtAProviderInOurArea_IsFlagged() =>
        Assert.Equal(FirstEpisode, Check(new Rule229(), AtHome() with { PlaceProvider = "PR2" }));

    [Theory]
    [InlineData("U4", "PR2")]
    [InlineData("K3", "PR1")] // supported accommodation is not checked
    public void Rule229_ProviderLaConsistentOrNotChecked_Passes(string place, string provider) =>
        Assert.Empty(Check(new Rule229(), Episode(place: place) with { PlaceProvider = provider }));

    [Fact]
    public void Rule1008_UrnNotInOfstedsLists_IsFlagged() =>
        Assert.Equal(FirstEpisode, Check(new Rule1008(), Episode() with { Urn = "SC999999" }));

    [Theory]
    [InlineData("SC123456")]
    [InlineData("XXXXXXX")]
    public void Rule1008_KnownOrPlaceholderUrn_Passes(string urn) =>
        Assert.Empty(Check(new Rule1008(), Episode() with { Urn = urn }));
}
