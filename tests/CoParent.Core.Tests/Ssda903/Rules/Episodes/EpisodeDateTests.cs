using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Episodes;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Episodes;

/// <summary>Rules 217, 353 to 356, 385 and 446: episode dates against fixed dates, the year and each other.</summary>
public class EpisodeDateTests
{
    private static readonly (ReturnTable, int)[] FirstEpisode = [(ReturnTable.Episodes, 1)];

    [Theory]
    [InlineData("14/10/1991", false)]
    [InlineData("13/10/1991", true)]
    [InlineData("31/13/1980", false)]
    public void EpisodeStartingBeforeTheChildrenActCameIn_IsFlaggedBy353(string decom, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : [], Flagged(new Rule353(), Return(2027, Episode(decom: decom))));

    [Theory]
    [InlineData("31/03/2027", false)]
    [InlineData("01/04/2027", true)]
    public void EpisodeStartingAfterTheYearEnds_IsFlaggedBy354(string decom, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : [], Flagged(new Rule354(), Return(2027, Episode(decom: decom))));

    [Theory]
    [InlineData("31/03/2027", false)]
    [InlineData("01/04/2027", true)]
    public void EpisodeCeasingAfterTheYearEnds_IsFlaggedBy385(string dec, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : [], Flagged(new Rule385(), Return(2027, Episode(dec: dec))));

    [Theory]
    [InlineData("02/05/2026", false)]
    [InlineData("01/05/2026", true)]
    public void EpisodeEndingOnTheDayItBegan_IsFlaggedBy355(string dec, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : [], Flagged(new Rule355(), Return(2027, Episode(decom: "01/05/2026", dec: dec))));

    [Fact]
    public void EpisodeWithNeitherDate_IsNotFlaggedBy355() =>
        Assert.Empty(Flagged(new Rule355(), Return(2027, Episode() with { Decom = null })));

    [Theory]
    [InlineData("01/05/2026", false)]
    [InlineData("30/04/2026", true)]
    public void EpisodeEndingBeforeItStarted_IsFlaggedBy356(string dec, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : [], Flagged(new Rule356(), Return(2027, Episode(decom: "01/05/2026", dec: dec))));

    [Theory]
    [InlineData("01/12/2005", false)]
    [InlineData("30/11/2005", true)]
    public void PlacementOrderBeforeDecember2005_IsFlaggedBy446(string decom, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : [], Flagged(new Rule446(), Return(2027, Episode(decom: decom, ls: "E1"))));

    [Fact]
    public void OtherLegalStatusBeforeDecember2005_IsNotFlaggedBy446() =>
        Assert.Empty(Flagged(new Rule446(), Return(2027, Episode(decom: "01/01/2004", ls: "C2"))));

    [Theory]
    [InlineData("A3", "S", false)]
    [InlineData("A5", "T", false)]
    [InlineData("A5", "U", false)]
    [InlineData("A3", "P", true)]
    [InlineData("A5", "B", true)]
    [InlineData("A4", "P", false)]
    public void AdoptionWithCurrentFosterCarersNotStartingWithSTOrU_IsFlaggedBy217(string place, string rne, bool flagged) =>
        Assert.Equal(flagged ? FirstEpisode : [], Flagged(new Rule217(), Return(2027, Episode(rne: rne, place: place))));

    [Fact]
    public void AdoptionWithCurrentFosterCarersBeforeApril2015_IsNotFlaggedBy217() =>
        Assert.Empty(Flagged(new Rule217(), Return(2027, Episode(decom: "31/03/2015", rne: "P", place: "A3"))));
}
