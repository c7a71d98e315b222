using CoParent.Core.CareEpisodes;

namespace CoParent.Core.Tests.CareEpisodes;

public class EpisodeRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateOnly Birth = new(2014, 5, 1);

    private static CareEpisode Episode(string decom, string rne = "S", string? dec = null, string? rec = null,
        string place = "U4", string? provider = "PR1", string? reason = null, string? urn = "SC123456") => new()
    {
        Decom = DateOnly.Parse(decom), Rne = rne, Ls = "C2", Cin = "N1", Place = place, PlaceProvider = provider,
        Dec = dec is null ? null : DateOnly.Parse(dec), Rec = rec, ReasonPlaceChange = reason, Urn = urn,
        HomePost = "CM1 1AA", PlPost = "CM2 0AA",
    };

    private static List<string> FieldErrors(CareEpisode episode) => EpisodeRules.CheckFields(episode).Select(e => e.Field).ToList();

    private static List<EpisodeRuleError> History(params CareEpisode[] episodes) => EpisodeRules.CheckHistory(episodes, Birth, Today).ToList();

    [Fact]
    public void CheckFields_ValidEpisode_HasNoErrors() => Assert.Empty(EpisodeRules.CheckFields(Episode("2025-01-01")));

    [Theory]
    [InlineData(nameof(CareEpisode.Rne), "Q")] // rule 143
    [InlineData(nameof(CareEpisode.Ls), "C9")] // rule 144
    [InlineData(nameof(CareEpisode.Cin), "N9")] // rule 145
    [InlineData(nameof(CareEpisode.Place), "H5")] // rule 146: H5 gone from 2025/26
    public void CheckFields_CodeNotInSet_IsAnError(string field, string code)
    {
        var episode = Episode("2025-01-01");
        typeof(CareEpisode).GetProperty(field)!.SetValue(episode, code);
        Assert.Contains(field, FieldErrors(episode));
    }

    [Fact]
    public void CheckFields_ProviderMissingForFosterPlacement_IsAnError() => // rule 178
        Assert.Contains(nameof(CareEpisode.PlaceProvider), FieldErrors(Episode("2025-01-01", provider: null)));

    [Fact]
    public void CheckFields_ProviderGivenForTemporaryPlacement_IsAnError() => // rule 213
        Assert.Contains(nameof(CareEpisode.PlaceProvider), FieldErrors(Episode("2025-01-01", place: "T1", provider: "PR1", urn: null)));

    [Fact]
    public void CheckFields_ProviderBlankForZ11_IsAllowed() =>
        Assert.Empty(FieldErrors(Episode("2025-01-01", place: "Z11", provider: null, urn: null)));

    [Fact]
    public void CheckFields_ReasonPlaceChangeWhileOpen_IsAnError() => // rule 233
        Assert.Contains(nameof(CareEpisode.ReasonPlaceChange), FieldErrors(Episode("2025-01-01", reason: "CARPL")));

    [Fact]
    public void CheckFields_ReasonPlaceChangeWhenCeased_IsAllowed() =>
        Assert.Empty(FieldErrors(Episode("2025-01-01", dec: "2025-06-01", rec: "X1", reason: "CARPL")));

    [Fact]
    public void CheckFields_ReasonPlaceChangeForTemporaryPlacement_IsAnError() => // rule 226
        Assert.Contains(nameof(CareEpisode.ReasonPlaceChange),
            FieldErrors(Episode("2025-01-01", place: "T4", provider: "PR1", dec: "2025-01-05", rec: "X1", reason: "CARPL", urn: null)));

    [Theory]
    [InlineData("E4A", true)]
    [InlineData("E99", false)] // rule 149
    public void CheckFields_Rec_MustBeFromCodeSet(string rec, bool valid) =>
        Assert.Equal(!valid, FieldErrors(Episode("2025-01-01", dec: "2025-06-01", rec: rec)).Contains(nameof(CareEpisode.Rec)));

    [Fact]
    public void CheckFields_EndDateWithoutReason_IsAnError() => // rule 148
        Assert.Contains(nameof(CareEpisode.Rec), FieldErrors(Episode("2025-01-01", dec: "2025-06-01")));

    [Theory]
    [InlineData("U4", "SC123456", true)]
    [InlineData("U4", "XXXXXXX", true)]
    [InlineData("U4", null, false)] // rule 218
    [InlineData("U4", "ABC", false)]
    [InlineData("P1", "SC123456", false)] // rule 222
    [InlineData("P1", null, true)]
    public void CheckFields_Urn_RequiredOrBlankByPlacementType(string place, string? urn, bool valid) =>
        Assert.Equal(!valid, FieldErrors(Episode("2025-01-01", place: place, provider: place == "P1" ? "PR0" : "PR1", urn: urn)).Contains(nameof(CareEpisode.Urn)));

    [Fact]
    public void CheckHistory_SingleOpenEpisode_HasNoErrors() => Assert.Empty(History(Episode("2025-01-01")));

    [Fact]
    public void CheckHistory_PlacementMoveLinkedByX1_HasNoErrors() =>
        Assert.Empty(History(Episode("2025-01-01", dec: "2025-06-01", rec: "X1", reason: "CARPL"), Episode("2025-06-01", rne: "P")));

    [Fact]
    public void CheckHistory_EndsSameDayItStarted_IsRule355()
    {
        var error = Assert.Single(History(Episode("2025-01-01", dec: "2025-01-01", rec: "E4A")));
        Assert.Equal(nameof(CareEpisode.Dec), error.Field);
        Assert.Equal("The date the episode ended must be after the date it started (1 January 2025)", error.Message);
    }

    [Fact]
    public void CheckHistory_OverlappingEpisodes_IsAnError()
    {
        var later = Episode("2025-03-01", rne: "S");
        var errors = History(Episode("2025-01-01", dec: "2025-06-01", rec: "E4A"), later);
        Assert.Contains(errors, e => e.Episode == later && e.Field == nameof(CareEpisode.Decom));
    }

    [Fact]
    public void CheckHistory_StartsBeforeBirth_IsAnError()
    {
        var error = Assert.Single(History(Episode("2014-04-30")));
        Assert.Equal("The date the episode started must be on or after the child's date of birth", error.Message);
    }

    [Fact]
    public void CheckHistory_OpenEpisodeAfterEighteenthBirthday_IsAnError()
    {
        var errors = EpisodeRules.CheckHistory([Episode("2020-01-01")], new DateOnly(2008, 1, 1), Today);
        Assert.Contains(errors, e => e.Field == nameof(CareEpisode.Dec) && e.Message.Contains("18", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckHistory_EpisodeEndingOnEighteenthBirthday_IsAllowed() =>
        Assert.Empty(EpisodeRules.CheckHistory([Episode("2020-01-01", dec: "2026-01-01", rec: "E17")], new DateOnly(2008, 1, 1), Today));

    [Fact]
    public void CheckHistory_X1WithGapBeforeNextEpisode_IsRule388()
    {
        var first = Episode("2025-01-01", dec: "2025-06-01", rec: "X1");
        var errors = History(first, Episode("2025-06-05", rne: "P"));
        Assert.Contains(errors, e => e.Episode == first && e.Field == nameof(CareEpisode.Rec));
    }

    [Fact]
    public void CheckHistory_X1OnLastEpisode_IsRule388() =>
        Assert.Contains(History(Episode("2025-01-01", dec: "2025-06-01", rec: "X1")), e => e.Field == nameof(CareEpisode.Rec));

    [Fact]
    public void CheckHistory_LeftCareThenNewPeriodSameDay_IsRule388()
    {
        var first = Episode("2025-01-01", dec: "2025-06-01", rec: "E4A");
        Assert.Contains(History(first, Episode("2025-06-01")), e => e.Episode == first && e.Field == nameof(CareEpisode.Rec));
    }

    [Fact]
    public void CheckHistory_NewPeriodAfterGap_IsAllowed() =>
        Assert.Empty(History(Episode("2025-01-01", dec: "2025-06-01", rec: "E4A"), Episode("2025-09-01")));

    [Fact]
    public void CheckHistory_EarlierEpisodeStillOpen_IsRule142()
    {
        var first = Episode("2025-01-01");
        Assert.Contains(History(first, Episode("2025-06-01", rne: "P")), e => e.Episode == first && e.Field == nameof(CareEpisode.Dec));
    }

    [Fact]
    public void CheckHistory_FirstEpisodeNotS_IsRule357()
    {
        var error = Assert.Single(History(Episode("2025-01-01", rne: "P")));
        Assert.Equal(nameof(CareEpisode.Rne), error.Field);
    }

    [Fact]
    public void CheckHistory_ContinuationWithS_IsAnError() =>
        Assert.Contains(History(Episode("2025-01-01", dec: "2025-06-01", rec: "X1"), Episode("2025-06-01", rne: "S")),
            e => e.Field == nameof(CareEpisode.Rne));

    [Fact]
    public void CheckHistory_StartInFuture_IsAnError() =>
        Assert.Contains(History(Episode("2026-12-01")), e => e.Field == nameof(CareEpisode.Decom));
}
