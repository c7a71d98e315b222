using CoParent.Core.Ssda903.Returns;
using CoParent.Data.Ssda903;

namespace CoParent.Web.Tests.Ssda903.Reading;

public sealed class PostcodeDirectoryTests
{
    private static readonly Lazy<PostcodeDirectory> Bundled = new(PostcodeDirectory.LoadBundled);

    private static EpisodeRow Episode(string? home, string? placement) =>
        new() { Child = "C1", Row = 1, Decom = "01/05/2026", HomePost = home, PlPost = placement };

    private static Ssda903Return ReturnOf(params EpisodeRow[] episodes)
    {
        var @return = new Ssda903Return(new CollectionYear(2027));
        foreach (var episode in episodes) @return.Add(episode);
        return @return;
    }

    [Fact]
    public void PlacementInEssex_IsInWithDistanceInMiles()
    {
        var episode = Episode("CM0 7AA", "cm11nu");

        Bundled.Value.Derive(ReturnOf(episode), "E10000012");

        Assert.Equal(("E10000012", "IN"), (episode.PlLa, episode.PlLocation));
        // (595736,199744) to (570497,206972): 26,254 m / 1000 / 1.6093 = 16.3 miles.
        Assert.Equal(16.3, episode.PlDistance);
        Assert.Equal((true, true), (episode.HomePostKnown, episode.PlPostKnown));
    }

    [Fact]
    public void PlacementInAnotherCouncil_IsOut()
    {
        var episode = Episode("CM0 7AA", "CV1 5LQ");

        Bundled.Value.Derive(ReturnOf(episode), "E10000012");

        Assert.Equal(("E08000026", "OUT"), (episode.PlLa, episode.PlLocation));
    }

    [Fact]
    public void UnknownOrBlankPostcodes_LeaveTheDerivedFieldsUnknown()
    {
        var unknown = Episode("ZZ9 9ZZ", "CM1 1NU");
        var blank = Episode(null, " ");

        Bundled.Value.Derive(ReturnOf(unknown, blank), "E10000012");

        Assert.Equal((false, true, (double?)null, "IN"), (unknown.HomePostKnown, unknown.PlPostKnown, unknown.PlDistance, unknown.PlLocation));
        Assert.Equal(((bool?)null, (bool?)null, (string?)null), (blank.HomePostKnown, blank.PlPostKnown, blank.PlLa));
    }

    [Fact]
    public void NationalSizeReturn_DerivesEveryKnownPostcode()
    {
        var postcodes = new[] { "CM0 7AA", "CM0 8BT", "CM1 1NU", "CB1 6NU", "CV1 5LQ", "XX1 1XX" };
        var episodes = Enumerable.Range(0, 160_000).Select(i => Episode(postcodes[i % 6], postcodes[(i / 6) % 6])).ToArray();
        var @return = ReturnOf(episodes);
        var directory = Bundled.Value;

        // How fast is the benchmark's business (README, performance), not a timed test's.
        directory.Derive(@return, "E10000012");

        Assert.Equal(133_336, episodes.Count(e => e.PlPostKnown == true));
    }
}
