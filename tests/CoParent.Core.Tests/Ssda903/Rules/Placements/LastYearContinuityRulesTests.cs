using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation;
using CoParent.Core.Ssda903.Validation.Rules.Placements;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Placements;

/// <summary>This year's first episode against last year's return: rules 452, 453, 502, 503A-J, 562 and NoE.</summary>
public class LastYearContinuityRulesTests
{
    private static readonly (ReturnTable, int)[] FirstEpisode = [(ReturnTable.Episodes, 1)];

    /// <summary>The episode open at 31 March 2026, as last year's return had it.</summary>
    private static EpisodeRow OpenLastYear() => Episode(decom: "01/09/2025");

    /// <summary>The same episode carried into this year's return.</summary>
    private static EpisodeRow CarriedOver() => Episode(decom: "01/09/2025");

    private static IReadOnlyList<(ReturnTable, int)> Check(Rule rule, EpisodeRow thisYear, EpisodeRow lastYear) =>
        Flagged(rule, Return(2027, thisYear), Return(2026, lastYear));

    public static TheoryData<Rule, Func<EpisodeRow, EpisodeRow>> Differences => new()
    {
        { new Rule503A(), e => e with { Rne = "P" } },
        { new Rule503B(), e => e with { Ls = "C1" } },
        { new Rule503C(), e => e with { Cin = "N4" } },
        { new Rule503D(), e => e with { Place = "K2" } },
        { new Rule503E(), e => e with { PlaceProvider = "PR4" } },
        { new Rule503F(), e => e with { Urn = "SC654321" } },
        { new Rule503G(), e => e with { PlDistance = 12.4 } },
        { new Rule503H(), e => e with { PlLa = "E10000015" } },
        { new Rule503J(), e => e with { PlLocation = "OUT" } },
    };

    [Theory]
    [MemberData(nameof(Differences))]
    public void Rule503_FirstEpisodeDiffersFromLastYearsOpenEpisode_IsFlagged(Rule rule, Func<EpisodeRow, EpisodeRow> change) =>
        Assert.Equal(FirstEpisode, Check(rule, change(CarriedOver()), OpenLastYear()));

    [Theory]
    [MemberData(nameof(Differences))]
    public void Rule503_FirstEpisodeMatchesLastYearsOpenEpisode_Passes(Rule rule, Func<EpisodeRow, EpisodeRow> change)
    {
        _ = change;
        Assert.Empty(Check(rule, CarriedOver(), OpenLastYear()));
    }

    [Theory]
    [MemberData(nameof(Differences))]
    public void Rule503_LastYearEndedClosed_IsNotCompared(Rule rule, Func<EpisodeRow, EpisodeRow> change) =>
        Assert.Empty(Check(rule, change(Episode(decom: "01/05/2026")), Episode(decom: "01/09/2025", dec: "01/01/2026")));

    [Fact]
    public void Rule452_SameEpisodeWithADifferentPlacementLa_IsFlagged() =>
        Assert.Equal(FirstEpisode, Check(new Rule452(), CarriedOver() with { PlLa = "E10000015" }, OpenLastYear()));

    [Fact]
    public void Rule452_NewEpisodeWithADifferentReason_Passes() =>
        Assert.Empty(Check(new Rule452(), CarriedOver() with { Rne = "P", PlLa = "E10000015" }, OpenLastYear()));

    [Fact]
    public void Rule453_SameEpisodeWithDistanceOffBy0Point2_IsFlagged() =>
        Assert.Equal(FirstEpisode, Check(new Rule453(), CarriedOver() with { PlDistance = 2.3 }, OpenLastYear()));

    [Fact]
    public void Rule453_SameEpisodeWithDistanceOffBy0Point1_Passes() =>
        Assert.Empty(Check(new Rule453(), CarriedOver() with { PlDistance = 2.2 }, OpenLastYear()));

    [Fact]
    public void Rule502_FirstEpisodeStartingOnAnotherDate_IsFlagged() =>
        Assert.Equal(FirstEpisode, Check(new Rule502(), Episode(decom: "02/09/2025"), OpenLastYear()));

    [Fact]
    public void Rule502_FirstEpisodeStartingOnTheSameDate_Passes() =>
        Assert.Empty(Check(new Rule502(), CarriedOver(), OpenLastYear()));

    [Fact]
    public void Rule562_EarlyFirstEpisodeNotLastYearsLatest_IsFlagged() =>
        Assert.Equal(FirstEpisode, Check(new Rule562(), Episode(decom: "01/03/2026"), OpenLastYear()));

    [Fact]
    public void Rule562_FirstEpisodeStartingThisYear_Passes() =>
        Assert.Empty(Check(new Rule562(), Episode(decom: "01/05/2026"), OpenLastYear()));

    [Fact]
    public void Rule562_EarlyFirstEpisodeMatchingLastYear_Passes() =>
        Assert.Empty(Check(new Rule562(), CarriedOver(), OpenLastYear()));

    [Fact]
    public void RuleNoE_EpisodeFromBeforeTheYearButNothingLastYear_IsFlagged() =>
        Assert.Equal(FirstEpisode, Flagged(new RuleNoE(), Return(2027, CarriedOver()), Return(2026, Episode(child: "C2"))));

    [Fact]
    public void RuleNoE_EpisodeFromBeforeTheYearWithLastYearsEpisodes_Passes() =>
        Assert.Empty(Check(new RuleNoE(), CarriedOver(), OpenLastYear()));
}
