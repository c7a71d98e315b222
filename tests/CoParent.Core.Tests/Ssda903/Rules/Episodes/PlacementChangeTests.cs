using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Episodes;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Episodes;

/// <summary>Rules 225, 226, 233, 234 and 434 to 436: the reason a placement changed and what a new episode says changed.</summary>
public class PlacementChangeTests
{
    private static readonly (ReturnTable, int)[] None = [];

    private static EpisodeRow Moved(string decom, string dec, string? reason, string place = "U4", string rne = "P") =>
        Episode(decom: decom, dec: dec, rne: rne, place: place) with { Rec = "X1", ReasonPlaceChange = reason };

    [Fact]
    public void PlacementChangeWithoutAReason_IsFlaggedBy225()
    {
        var current = Return(2027, Moved("01/05/2026", "01/06/2026", null, rne: "S"), Episode(decom: "01/06/2026", rne: "P", place: "U6"));

        Assert.Equal([(ReturnTable.Episodes, 1)], Flagged(new Rule225(), current));
    }

    [Theory]
    [InlineData("CARPL", "P", "U6")]
    [InlineData(null, "L", "U4")]
    [InlineData(null, "P", "T3")]
    public void ReasonGivenOrNoPlacementChangeOrTemporaryMove_PassesRule225(string? reason, string nextRne, string nextPlace) =>
        Assert.Empty(Flagged(new Rule225(), Return(2027, Moved("01/05/2026", "01/06/2026", reason, rne: "S"), Episode(decom: "01/06/2026", rne: nextRne, place: nextPlace))));

    [Fact]
    public void ReasonOnATemporaryPlacementOrOnTheMoveIntoIt_IsFlaggedBy226()
    {
        var current = Return(2027,
            Moved("01/05/2026", "01/06/2026", "CARPL", rne: "S"),
            Moved("01/06/2026", "08/06/2026", null, place: "T3"),
            Moved("08/06/2026", "01/07/2026", null),
            Moved("01/07/2026", "03/07/2026", "OTHER", place: "T4"));

        Assert.Equal([(ReturnTable.Episodes, 2), (ReturnTable.Episodes, 4)], Flagged(new Rule226(), current));
    }

    [Fact]
    public void TemporaryPlacementWithNoReasons_PassesRule226() =>
        Assert.Empty(Flagged(new Rule226(), Return(2027, Moved("01/05/2026", "01/06/2026", null, rne: "S"), Episode(decom: "01/06/2026", place: "T1"))));

    [Theory]
    [InlineData(null, "CARPL", true)]
    [InlineData("01/06/2026", "CARPL", false)]
    [InlineData(null, null, false)]
    public void ReasonOnAnEpisodeThatHasNotCeased_IsFlaggedBy233(string? dec, string? reason, bool flagged) =>
        Assert.Equal(flagged ? [(ReturnTable.Episodes, 1)] : None,
            Flagged(new Rule233(), Return(2027, Episode(dec: dec) with { ReasonPlaceChange = reason })));

    [Theory]
    [InlineData("15/06/2016", true)]
    [InlineData("01/06/2016", false)]
    public void MoveForCustodyBeforeTheTenthBirthday_IsFlaggedBy234(string dob, bool flagged)
    {
        var current = Return(2027,
            Header(dob: dob),
            Moved("01/05/2026", "01/06/2026", "CUSTOD", rne: "S"),
            Episode(decom: "01/06/2026", place: "R5"));

        Assert.Equal(flagged ? [(ReturnTable.Episodes, 1)] : None, Flagged(new Rule234(), current));
    }

    [Fact]
    public void LegalStatusChangeWithTheSameLegalStatusOrANewPlacement_IsFlaggedBy434()
    {
        var current = Return(2027,
            Moved("01/05/2026", "01/06/2026", null, rne: "S") with { Ls = "C1" },
            Moved("01/06/2026", "01/07/2026", null, rne: "L") with { Ls = "C2" },
            Moved("01/07/2026", "01/08/2026", null, rne: "L") with { Ls = "C2" },
            Episode(decom: "01/08/2026", rne: "L", ls: "E1") with { PlPost = "CM3 3AA" });

        Assert.Equal([(ReturnTable.Episodes, 3), (ReturnTable.Episodes, 4)], Flagged(new Rule434(), current));
    }

    [Fact]
    public void PlacementChangeWithANewLegalStatusOrTheSamePlacement_IsFlaggedBy435()
    {
        var current = Return(2027,
            Moved("01/05/2026", "01/06/2026", null, rne: "S"),
            Moved("01/06/2026", "01/07/2026", null, place: "U6"),
            Moved("01/07/2026", "01/08/2026", null, place: "U6"),
            Episode(decom: "01/08/2026", rne: "T", ls: "E1", place: "U4"));

        Assert.Equal([(ReturnTable.Episodes, 3), (ReturnTable.Episodes, 4)], Flagged(new Rule435(), current));
    }

    [Fact]
    public void BothChangedWithTheSameLegalStatusOrTheSamePlacement_IsFlaggedBy436()
    {
        var current = Return(2027,
            Moved("01/05/2026", "01/06/2026", null, rne: "S") with { Ls = "C1" },
            Moved("01/06/2026", "01/07/2026", null, rne: "B", place: "U6") with { Ls = "C2" },
            Moved("01/07/2026", "01/08/2026", null, rne: "U", place: "U5") with { Ls = "C2" },
            Episode(decom: "01/08/2026", rne: "B", ls: "E1", place: "U5"));

        Assert.Equal([(ReturnTable.Episodes, 3), (ReturnTable.Episodes, 4)], Flagged(new Rule436(), current));
    }
}
