using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Episodes;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Episodes;

/// <summary>Rules 142, 148, 199, 357, 388, 431 to 433, 437, 501 and 504: how a child's episodes follow each other.</summary>
public class EpisodeSequenceTests
{
    private static readonly (ReturnTable, int)[] None = [];

    private static EpisodeRow Ended(string decom, string dec, string rec, string rne = "P") =>
        Episode(decom: decom, dec: dec, rne: rne) with { Rec = rec };

    [Fact]
    public void EarlierEpisodeWithoutAnEnd_IsFlaggedBy142()
    {
        var current = Return(2027,
            Episode(decom: "01/05/2026") with { Dec = "01/06/2026", Rec = null },
            Episode(decom: "01/06/2026") with { Rec = "X1" },
            Episode(decom: "01/07/2026"));

        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.Episodes, 2)], Flagged(new Rule142(), current));
    }

    [Fact]
    public void OnlyTheLatestEpisodeOpen_PassesRule142() =>
        Assert.Empty(Flagged(new Rule142(), Return(2027, Ended("01/05/2026", "01/06/2026", "X1"), Episode(decom: "01/06/2026"))));

    [Theory]
    [InlineData("01/06/2026", "E8", false)]
    [InlineData(null, null, false)]
    [InlineData("01/06/2026", null, true)]
    [InlineData(null, "E8", true)]
    public void EndDateAndReasonNotGivenTogether_IsFlaggedBy148(string? dec, string? rec, bool flagged) =>
        Assert.Equal(flagged ? [(ReturnTable.Episodes, 1)] : None,
            Flagged(new Rule148(), Return(2027, Episode() with { Dec = dec, Rec = rec })));

    [Fact]
    public void EpisodesAfterAnAdoption_AreFlaggedBy199()
    {
        var current = Return(2027,
            Ended("01/05/2026", "01/06/2026", "E11", rne: "S"),
            Episode(decom: "01/09/2026"));

        Assert.Equal([(ReturnTable.Episodes, 2)], Flagged(new Rule199(), current));
    }

    [Fact]
    public void AdoptionInLastYearsReturn_FlagsThisYearsEpisodesUnder199()
    {
        var previous = Return(2026, Ended("01/05/2025", "01/09/2025", "E12", rne: "S"));
        var current = Return(2027, Episode(decom: "01/05/2026"));

        Assert.Equal([(ReturnTable.Episodes, 1)], Flagged(new Rule199(), current, previous));
    }

    [Fact]
    public void AdoptionEndingTheOnlyEpisode_PassesRule199() =>
        Assert.Empty(Flagged(new Rule199(), Return(2027, Ended("01/05/2026", "01/06/2026", "E11", rne: "S"))));

    [Fact]
    public void FirstEpisodeInTheYearNotStartingWithS_IsFlaggedBy357() =>
        Assert.Equal([(ReturnTable.Episodes, 1)], Flagged(new Rule357(), Return(2027, Episode(decom: "01/05/2026", rne: "P"))));

    [Fact]
    public void FirstEpisodeBeforeTheYearNotStartingWithS_IsNotFlaggedBy357() =>
        Assert.Empty(Flagged(new Rule357(), Return(2027, Episode(decom: "01/05/2025", rne: "P"))));

    [Fact]
    public void LaterEpisodesNotStartingWithS_AreNotFlaggedBy357() =>
        Assert.Empty(Flagged(new Rule357(), Return(2027, Ended("01/05/2026", "01/06/2026", "X1", rne: "S"), Episode(decom: "01/06/2026", rne: "P"))));

    [Fact]
    public void X1WithoutAContinuation_AndAnEndWithAContinuation_AreFlaggedBy388()
    {
        var current = Return(2027,
            Ended("01/05/2026", "01/06/2026", "X1", rne: "S"), // next starts 02/06: no continuation
            Ended("02/06/2026", "01/07/2026", "E4A"),          // next starts 01/07: should be X1
            Ended("01/07/2026", "01/08/2026", "X1"),           // the last episode cannot end X1
            Episode("C2", decom: "01/05/2026", dec: "01/06/2026") with { Rec = "X1" },
            Episode("C2", decom: "01/06/2026", rne: "P"));

        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.Episodes, 2), (ReturnTable.Episodes, 3)], Flagged(new Rule388(), current));
    }

    [Fact]
    public void NewPeriodOfCareStartingOnOrBeforeThePreviousEnd_IsFlaggedBy431()
    {
        var current = Return(2027,
            Ended("01/05/2026", "01/06/2026", "E8", rne: "S"),
            Ended("01/06/2026", "01/07/2026", "E8", rne: "S"),
            Episode(decom: "02/07/2026", rne: "S"));

        Assert.Equal([(ReturnTable.Episodes, 2)], Flagged(new Rule431(), current));
    }

    [Fact]
    public void EpisodeAfterLeavingCareNotStartingWithS_IsFlaggedBy432()
    {
        var current = Return(2027,
            Ended("01/05/2026", "01/06/2026", "E4A", rne: "S"),
            Ended("01/08/2026", "01/09/2026", "X1", rne: "P"),
            Episode(decom: "01/09/2026", rne: "P"));

        Assert.Equal([(ReturnTable.Episodes, 2)], Flagged(new Rule432(), current));
    }

    [Fact]
    public void ContinuationNotStartingOnThePreviousEnd_IsFlaggedBy433()
    {
        var current = Return(2027,
            Ended("01/05/2026", "01/06/2026", "X1", rne: "S"),
            Ended("01/06/2026", "01/07/2026", "X1", rne: "P"),
            Episode(decom: "03/07/2026", rne: "B"));

        Assert.Equal([(ReturnTable.Episodes, 3)], Flagged(new Rule433(), current));
    }

    [Fact]
    public void ContinuationAfterAnOpenEpisode_IsFlaggedBy433() =>
        Assert.Equal([(ReturnTable.Episodes, 2)],
            Flagged(new Rule433(), Return(2027, Episode(decom: "01/05/2026"), Episode(decom: "01/06/2026", rne: "L"))));

    [Theory]
    [InlineData("E2", true)]
    [InlineData("E15", true)]
    [InlineData("E8", false)]
    public void EpisodeAfterDeathOrAssessedAdult_IsFlaggedBy437(string rec, bool flagged) =>
        Assert.Equal(flagged ? [(ReturnTable.Episodes, 1)] : None,
            Flagged(new Rule437(), Return(2027, Ended("01/05/2026", "01/06/2026", rec, rne: "S"), Episode(decom: "01/08/2026"))));

    [Fact]
    public void DeathEndingTheLastEpisode_IsNotFlaggedBy437() =>
        Assert.Empty(Flagged(new Rule437(), Return(2027, Ended("01/05/2026", "01/06/2026", "E2", rne: "S"))));

    [Fact]
    public void EpisodeStartingBeforeThePreviousEnded_IsFlaggedBy501()
    {
        var current = Return(2027,
            Ended("01/05/2026", "10/06/2026", "X1", rne: "S"),
            Ended("01/06/2026", "01/07/2026", "X1"),
            Episode(decom: "01/07/2026"));

        Assert.Equal([(ReturnTable.Episodes, 2)], Flagged(new Rule501(), current));
    }

    [Fact]
    public void CategoryOfNeedChangingWithinAPeriodOfCare_IsFlaggedBy504()
    {
        var current = Return(2027,
            Ended("01/05/2026", "01/06/2026", "X1", rne: "S") with { Cin = "N1" },
            Ended("01/06/2026", "01/07/2026", "E8") with { Cin = "N2" },
            Episode(decom: "01/09/2026", rne: "S") with { Cin = "N4" });

        Assert.Equal([(ReturnTable.Episodes, 2)], Flagged(new Rule504(), current));
    }

    [Fact]
    public void CategoryOfNeedKeptThroughAPeriodOfCare_PassesRule504() =>
        Assert.Empty(Flagged(new Rule504(), Return(2027, Ended("01/05/2026", "01/06/2026", "X1", rne: "S"), Episode(decom: "01/06/2026", rne: "P"))));
}
