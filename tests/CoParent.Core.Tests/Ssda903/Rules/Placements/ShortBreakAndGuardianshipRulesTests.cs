using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Placements;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;

namespace CoParent.Core.Tests.Ssda903.Rules.Placements;

/// <summary>Rule 399 (short-break children have no mother or review fields) and rule 407 (SGO before 18).</summary>
public class ShortBreakAndGuardianshipRulesTests
{
    private static ReviewRow Review(string? date = "01/06/2026", string? code = "PN1") =>
        new() { Child = "C1", Dob = "15/06/2012", Review = date, ReviewCode = code };

    [Fact]
    public void Rule399_ShortBreaksOnlyWithAReview_FlagsEpisodesHeaderAndReview() =>
        Assert.Equal(
            [(ReturnTable.Header, 1), (ReturnTable.Episodes, 1), (ReturnTable.Episodes, 2), (ReturnTable.Reviews, 1)],
            Flagged(new Rule399(), Return(2027,
                Header(), Episode(ls: "V3", dec: "03/05/2026"), Episode(decom: "01/06/2026", ls: "V4"), Review()))
            .OrderBy(f => f.Table).ThenBy(f => f.Row));

    [Fact]
    public void Rule399_ShortBreaksAndACareOrder_Passes() =>
        Assert.Empty(Flagged(new Rule399(), Return(2027,
            Header(), Episode(ls: "V3", dec: "03/05/2026"), Episode(decom: "01/06/2026", ls: "C2"), Review())));

    [Fact]
    public void Rule399_ShortBreaksWithNothingRecorded_Passes() =>
        Assert.Empty(Flagged(new Rule399(), Return(2027, Header(), Episode(ls: "V3"))));

    [Fact]
    public void Rule407_SpecialGuardianshipAfterThe18thBirthday_FlagsEpisodeAndHeader() =>
        Assert.Equal([(ReturnTable.Header, 1), (ReturnTable.Episodes, 1)],
            Flagged(new Rule407(), Return(2027,
                Header(dob: "15/06/2008"), Episode(decom: "01/05/2026", dec: "16/06/2026") with { Rec = "E45" }))
            .OrderBy(f => f.Table));

    [Theory]
    [InlineData("15/06/2026", "E46")] // on the 18th birthday
    [InlineData("16/06/2026", "E8")]  // not a special guardianship order
    public void Rule407_SpecialGuardianshipBy18OrOtherReason_Passes(string dec, string rec) =>
        Assert.Empty(Flagged(new Rule407(), Return(2027,
            Header(dob: "15/06/2008"), Episode(decom: "01/05/2026", dec: dec) with { Rec = rec })));
}
