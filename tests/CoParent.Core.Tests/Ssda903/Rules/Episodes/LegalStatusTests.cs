using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Episodes;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Episodes;

/// <summary>Rules 358, 359, 361 to 367, 378, 382, 384 and 426: legal statuses, their ages, lengths and placements.</summary>
public class LegalStatusTests
{
    private static readonly (ReturnTable, int)[] None = [];

    private static EpisodeRow Spell(string decom, string? dec, string ls, string rne = "L") =>
        Episode(decom: decom, dec: dec, rne: rne, ls: ls) with { Rec = dec is null ? null : "X1" };

    [Theory]
    [InlineData("J1", "02/05/2016", true)]
    [InlineData("J3", "01/05/2016", false)]
    [InlineData("C2", "02/05/2016", false)]
    public void YouthJusticeStatusUnderTen_FlagsTheEpisodeAndHeaderUnder358(string ls, string dob, bool flagged) =>
        Assert.Equal(flagged ? [(ReturnTable.Header, 1), (ReturnTable.Episodes, 1)] : None,
            Flagged(new Rule358(), Return(2027, Header(dob: dob), Episode(decom: "01/05/2026", ls: ls))));

    [Fact]
    public void AdultStillLookedAfterOutsideSection20ChildrensHome_IsFlaggedBy359()
    {
        var current = Return(2027,
            Header(dob: "01/03/2009"),
            Episode(decom: "01/05/2026", dec: "01/06/2026") with { Rec = "X1" },
            Episode(decom: "01/06/2026", ls: "V2", place: "K2") with { Rne = "P" },
            Header("C2", dob: "01/03/2009"),
            Episode("C2", ls: "C2", place: "U4"));

        Assert.Equal([(ReturnTable.Episodes, 3)], Flagged(new Rule359(), current));
    }

    [Fact]
    public void ChildTurning18OnTheLastDay_IsNotFlaggedBy359() =>
        Assert.Empty(Flagged(new Rule359(), Return(2027, Header(dob: "31/03/2009"), Episode())));

    [Fact]
    public void PoliceProtectionOverThreeDaysAcrossEpisodes_FlagsTheWholeSpellUnder361()
    {
        var current = Return(2027,
            Spell("01/05/2026", "03/05/2026", "L1", rne: "S"),
            Spell("03/05/2026", "05/05/2026", "L1", rne: "P"),
            Spell("05/05/2026", "01/06/2026", "C1"),
            Spell("01/06/2026", "04/06/2026", "L1"),
            Episode(decom: "04/06/2026", rne: "L", ls: "C2"));

        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.Episodes, 2)], Flagged(new Rule361(), current));
    }

    [Fact]
    public void OpenPoliceProtectionNearTheYearEnd_RunsToTheYearEndUnder361()
    {
        Assert.Empty(Flagged(new Rule361(), Return(2027, Episode(decom: "29/03/2027", ls: "L1"))));
        Assert.Equal([(ReturnTable.Episodes, 1)], Flagged(new Rule361(), Return(2027, Episode(decom: "27/03/2027", ls: "L1"))));
    }

    [Theory]
    [InlineData("22/05/2026", false)]
    [InlineData("23/05/2026", true)]
    public void EmergencyProtectionOrderOver21Days_IsFlaggedBy362(string dec, bool flagged) =>
        Assert.Equal(flagged ? [(ReturnTable.Episodes, 1)] : None, Flagged(new Rule362(), Return(2027, Spell("01/05/2026", dec, "L2", rne: "S"))));

    [Theory]
    [InlineData("08/05/2026", false)]
    [InlineData("09/05/2026", true)]
    public void ChildAssessmentOrderOver7Days_IsFlaggedBy363(string dec, bool flagged) =>
        Assert.Equal(flagged ? [(ReturnTable.Episodes, 1)] : None, Flagged(new Rule363(), Return(2027, Spell("01/05/2026", dec, "L3", rne: "S"))));

    [Fact]
    public void PaceAccommodationOver21DaysAcrossTwoEpisodes_IsFlaggedBy364()
    {
        var current = Return(2027, Spell("01/05/2026", "15/05/2026", "J2", rne: "S"), Spell("15/05/2026", "30/05/2026", "J2", rne: "P"));

        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.Episodes, 2)], Flagged(new Rule364(), current));
    }

    [Fact]
    public void PaceAccommodationWithAGap_IsTwoSpellsUnder364() =>
        Assert.Empty(Flagged(new Rule364(), Return(2027, Spell("01/05/2026", "15/05/2026", "J2", rne: "S"), Spell("20/05/2026", "30/05/2026", "J2", rne: "S"))));

    [Theory]
    [InlineData("18/05/2026", false)]
    [InlineData("19/05/2026", true)]
    [InlineData(null, true)]
    public void ShortBreakOver17Days_IsFlaggedBy365(string? dec, bool flagged) =>
        Assert.Equal(flagged ? [(ReturnTable.Episodes, 1)] : None, Flagged(new Rule365(), Return(2027, Spell("01/05/2026", dec, "V3", rne: "S"))));

    [Theory]
    [InlineData("S", false)]
    [InlineData("P", true)]
    public void ShortBreakNotStartingWithS_IsFlaggedBy366(string rne, bool flagged) =>
        Assert.Equal(flagged ? [(ReturnTable.Episodes, 1)] : None, Flagged(new Rule366(), Return(2027, Episode(rne: rne, ls: "V3"))));

    [Fact]
    public void ShortBreaksOver75DaysInTheYear_AreFlaggedBy367()
    {
        var current = Return(2027,
            Spell("20/03/2026", "15/04/2026", "V3", rne: "S"), // 14 days in the year
            Spell("01/06/2026", "15/07/2026", "V3", rne: "S"), // 44 days
            Spell("01/09/2026", "19/09/2026", "V3", rne: "S"), // 18 days: 76 in all
            Spell("01/10/2026", "01/11/2026", "C2", rne: "S"));

        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.Episodes, 2), (ReturnTable.Episodes, 3)], Flagged(new Rule367(), current));
    }

    [Fact]
    public void ShortBreaksOf75DaysInTheYear_PassRule367() =>
        Assert.Empty(Flagged(new Rule367(), Return(2027, Spell("01/06/2026", "15/07/2026", "V3", rne: "S"), Spell("01/09/2026", "01/10/2026", "V3", rne: "S"))));

    [Theory]
    [InlineData("P1", "V2", true)]
    [InlineData("P1", "C2", false)]
    [InlineData("U4", "V2", false)]
    public void PlacedWithParentsUnderSingleSection20_IsFlaggedBy378(string place, string ls, bool flagged) =>
        Assert.Equal(flagged ? [(ReturnTable.Episodes, 1)] : None, Flagged(new Rule378(), Return(2027, Episode(ls: ls, place: place))));

    [Theory]
    [InlineData("V3", "T2", true)]
    [InlineData("V4", "T0", true)]
    [InlineData("V3", "U6", false)]
    [InlineData("C2", "T1", false)]
    public void ShortBreakInATemporaryPlacement_IsFlaggedBy382(string ls, string place, bool flagged) =>
        Assert.Equal(flagged ? [(ReturnTable.Episodes, 1)] : None, Flagged(new Rule382(), Return(2027, Episode(ls: ls, place: place))));

    [Theory]
    [InlineData("V3", "U1", true)]
    [InlineData("V4", "U4", true)]
    [InlineData("V4", "U6", false)]
    [InlineData("C2", "U4", false)]
    public void ShortBreakInALongTermFosterPlacement_IsFlaggedBy384(string ls, string place, bool flagged) =>
        Assert.Equal(flagged ? [(ReturnTable.Episodes, 1)] : None, Flagged(new Rule384(), Return(2027, Episode(ls: ls, place: place))));

    [Fact]
    public void ShortBreaksUnderBothV3AndV4_AreFlaggedBy426()
    {
        var current = Return(2027,
            Spell("01/05/2026", "05/05/2026", "V3", rne: "S"),
            Spell("01/06/2026", "05/06/2026", "C2", rne: "S"),
            Episode(decom: "01/07/2026", ls: "V4"),
            Episode("C2", ls: "V3"));

        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.Episodes, 3)], Flagged(new Rule426(), current));
    }
}
