using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Children;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Children;

/// <summary>Rules 165, 174, 393, 607, 611, 612, 620, 621, 625 and 628: MOTHER and MC_DOB in the header.</summary>
public class MotherhoodTests
{
    private static HeaderRow Girl(string child = "C1", string? mother = "0", string? mcDob = null, string dob = "15/06/2008") =>
        Header(child, dob, "F") with { Mother = mother, McDob = mcDob };

    private static Oc3Row CareLeaver(string child) => new() { Child = child, Dob = "15/06/2008", InTouch = "YES", Activ = "F1", Accom = "B1" };

    [Fact]
    public void GirlLookedAfterWithMotherRecorded_Passes165() =>
        Assert.Empty(Flagged(new Rule165(), Return(2027, Girl(), Episode())));

    [Fact]
    public void MotherStatusInvalidMissingOrForABoy_IsFlagged165() =>
        Assert.Equal([(ReturnTable.Header, 1), (ReturnTable.Header, 2), (ReturnTable.Header, 3)],
            Flagged(new Rule165(), Return(2027,
                Girl("C1", mother: "2"), Girl("C2", mother: null), Header("C3") with { Mother = "0" },
                Episode("C1"), Episode("C2"), Episode("C3"))));

    [Fact]
    public void GirlNotLookedAfterInTheYearWithCareLeaverData_HasHerHeaderAndOc3Flagged165() =>
        Assert.Equal([(ReturnTable.Header, 1), (ReturnTable.OC3, 1)],
            Flagged(new Rule165(), Return(2027, Girl(), Episode(decom: "01/01/2024", dec: "01/02/2025"), CareLeaver("C1"))));

    [Fact]
    public void ChildOnlyEverOnShortBreaks_IsLeftOut165() =>
        Assert.Empty(Flagged(new Rule165(), Return(2027, Girl(mother: null), Episode(ls: "V3"))));

    [Fact]
    public void BoyWithAFirstChildsDateOfBirth_IsFlagged174_AndAGirlPasses() =>
        Assert.Equal([(ReturnTable.Header, 1)],
            Flagged(new Rule174(), Return(2027, Header("C1") with { McDob = "01/01/2026" }, Girl("C2", "1", "01/01/2026"))));

    [Fact]
    public void LookedAfterGirlWithoutMotherStatus_IsFlagged393() =>
        Assert.Equal([(ReturnTable.Header, 1)],
            Flagged(new Rule393(), Return(2027, Girl("C1", mother: null), Girl("C2"), Episode("C1"), Episode("C2"))));

    [Fact]
    public void GirlOnlyOnShortBreaksWithoutMotherStatus_Passes393() =>
        Assert.Empty(Flagged(new Rule393(), Return(2027, Girl(mother: null), Episode(ls: "V4"))));

    [Fact]
    public void GirlWhoCeasedToBeLookedAfterWithoutMotherStatus_HasTheEpisodeAndHeaderFlagged607() =>
        Assert.Equal([(ReturnTable.Header, 1), (ReturnTable.Episodes, 2)],
            Flagged(new Rule607(), Return(2027, Girl(mother: null),
                Episode(decom: "01/05/2026", dec: "01/06/2026") with { Rec = "X1" },
                Episode(decom: "01/06/2026", dec: "01/09/2026"))));

    [Fact]
    public void CeasingFromShortBreaksOrBeforeTheYear_Passes607() =>
        Assert.Empty(Flagged(new Rule607(), Return(2027, Girl(mother: null),
            Episode(decom: "01/01/2025", dec: "01/03/2026"), Episode(decom: "01/05/2026", dec: "01/06/2026", ls: "V3"))));

    [Fact]
    public void MotherWithoutFirstChildsDateOfBirth_IsFlagged611() =>
        Assert.Equal([(ReturnTable.Header, 1)], Flagged(new Rule611(), Return(2027, Girl("C1", "1"), Girl("C2", "1", "01/01/2026"))));

    [Fact]
    public void GirlNotAMotherWithAFirstChildsDateOfBirth_IsFlagged612() =>
        Assert.Equal([(ReturnTable.Header, 1), (ReturnTable.Header, 2)],
            Flagged(new Rule612(), Return(2027, Girl("C1", "0", "01/01/2026"), Girl("C2", null, "bad"), Girl("C3", "1", "01/01/2026"))));

    [Fact]
    public void MotherUnderElevenAtTheStartOfTheYear_IsFlagged620() =>
        Assert.Equal([(ReturnTable.Header, 1)],
            Flagged(new Rule620(), Return(2027, Girl("C1", "1", "01/01/2026", dob: "02/04/2015"), Girl("C2", "1", "01/01/2026", dob: "01/04/2015"))));

    [Fact]
    public void FirstChildBornOnOrBeforeTheMother_IsFlagged621() =>
        Assert.Equal([(ReturnTable.Header, 1)],
            Flagged(new Rule621(), Return(2027, Girl("C1", "1", "15/06/2008"), Girl("C2", "1", "16/06/2008"), Girl("C3", "1", "bad"))));

    [Fact]
    public void FirstChildBornAfterTheMotherLeftCare_HasHeaderAndLastEpisodeFlagged625() =>
        Assert.Equal([(ReturnTable.Header, 1), (ReturnTable.Episodes, 2)],
            Flagged(new Rule625(), Return(2027, Girl("C1", "1", "01/10/2026"),
                Episode(decom: "01/04/2025", dec: "01/05/2025") with { Rec = "X1" }, Episode(decom: "01/05/2025", dec: "01/09/2026"))));

    [Fact]
    public void FirstChildBornAfterTheYearEnd_IsFlagged625_AndOneBornInCarePasses() =>
        Assert.Equal([(ReturnTable.Header, 1)],
            Flagged(new Rule625(), Return(2027, Girl("C1", "1", "01/04/2027"), Girl("C2", "1", "01/10/2026"), Episode("C1"), Episode("C2"))));

    [Fact]
    public void CareLeaverWithoutEpisodesWithMotherStatus_IsFlagged628() =>
        Assert.Equal([(ReturnTable.Header, 1)],
            Flagged(new Rule628(), Return(2027, Girl("C1", "0"), Girl("C2", null), Girl("C3", "0"), CareLeaver("C1"), CareLeaver("C2"), CareLeaver("C3"), Episode("C3"))));
}
