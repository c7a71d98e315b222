using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.SocialWorkers.SocialWorkerRows;

namespace CoParent.Core.Tests.Ssda903.Rules.SocialWorkers;

/// <summary>Rules SW08, SW10 to SW13 and SW17 on a child's run of social-worker episodes.</summary>
public class SocialWorkerSequenceTests
{
    [Fact]
    public void SW08_EveryEpisodeButTheLatestEnded_Passes() =>
        Assert.Empty(Flagged(new RuleSW08STG2(), Return(2027, Sw("01/06/2026", null), Sw("01/04/2026", "01/06/2026"))));

    [Fact]
    public void SW08_EarlierEpisodeStillOpen_IsFlagged() =>
        Assert.Equal([(ReturnTable.SWEpisodes, 2)], Flagged(new RuleSW08STG2(), Return(2027, Sw("01/06/2026", null), Sw("01/04/2026", null))));

    [Theory]
    [InlineData("01/06/2026", "MANAGE")]
    [InlineData("25/05/2026", "MANAGE")]
    [InlineData("02/06/2026", "FCONTA")]
    public void SW10_EpisodeStartingWhenThePreviousEnded_Passes(string start, string reason) =>
        Assert.Empty(Flagged(new RuleSW10STG2(), Return(2027, Sw("01/04/2026", "01/06/2026"), Sw(start, reason: reason))));

    [Theory]
    [InlineData("20/05/2026", "MANAGE")]
    [InlineData("01/06/2026", "FCONTA")]
    public void SW10_EpisodeStartingBeforeThePreviousEnded_IsFlagged(string start, string reason) =>
        Assert.Equal([(ReturnTable.SWEpisodes, 2)],
            Flagged(new RuleSW10STG2(), Return(2027, Sw("01/04/2026", "01/06/2026"), Sw(start, reason: reason))));

    [Fact]
    public void SW11b_LatestEpisodeStillOpen_Passes() =>
        Assert.Empty(Flagged(new RuleSW11bSTG2(), Return(2027, Sw("01/04/2026", "01/06/2026"), Sw("01/06/2026"))));

    [Fact]
    public void SW11b_LatestEpisodeEndedBefore31March_IsFlagged() =>
        Assert.Equal([(ReturnTable.SWEpisodes, 2)],
            Flagged(new RuleSW11bSTG2(), Return(2027, Sw("01/04/2026", "01/06/2026"), Sw("01/06/2026", "01/03/2027"))));

    [Fact]
    public void SW12_ChildStartingCareWithASocialWorkerEpisode_Passes() =>
        Assert.Empty(Flagged(new RuleSW12STG2(), Return(2027, Episode(decom: "01/05/2026", rne: "S"), Sw("01/05/2026"))));

    [Fact]
    public void SW12_ChildStartingCareWithNoSocialWorkerEpisode_FlagsTheEpisode() =>
        Assert.Equal([(ReturnTable.Episodes, 1)], Flagged(new RuleSW12STG2(), Return(2027, Episode(decom: "01/05/2026", rne: "S"))));

    [Fact]
    public void SW12_ChildLeavingCareWithASocialWorkerBefore_Passes() =>
        Assert.Empty(Flagged(new RuleSW12STG2(), Return(2027, Episode(decom: "01/01/2024", dec: "01/09/2026", rne: "P"), Sw("01/01/2026", "01/09/2026"))));

    [Fact]
    public void SW12_ShortBreaksAndCareEndedBeforeTheReportingPeriod_AreNotChecked() =>
        Assert.Empty(Flagged(new RuleSW12STG2(), Return(2027,
            Episode(decom: "01/05/2026", rne: "S", ls: "V4"), Episode(child: "C2", decom: "01/01/2024", dec: "01/03/2025"))));

    [Fact]
    public void SW13_ValidReasonsAndABlankFirstEpisode_Pass() =>
        Assert.Empty(Flagged(new RuleSW13STG1(), Return(2027,
            Sw("01/04/2026", "01/06/2026", reason: null), Sw("01/06/2026", reason: "LEFTRL"), Sw(child: "C2", start: "01/01/2022", end: "01/02/2022", reason: null))));

    [Fact]
    public void SW13_ReasonOutsideTheCodeSet_IsFlagged() =>
        Assert.Equal([(ReturnTable.SWEpisodes, 1)], Flagged(new RuleSW13STG1(), Return(2027, Sw(reason: "LEFT"))));

    [Fact]
    public void SW13_BlankReasonForALaterChange_IsFlagged() =>
        Assert.Equal([(ReturnTable.SWEpisodes, 2)],
            Flagged(new RuleSW13STG1(), Return(2027, Sw("01/04/2026", "01/06/2026", reason: null), Sw("01/06/2026", reason: null))));

    [Fact]
    public void SW13_EpisodeCarriedIntoTheYearWithABlankReason_PassesAndTheNextIsFlagged() =>
        Assert.Equal([(ReturnTable.SWEpisodes, 2)],
            Flagged(new RuleSW13STG1(), Return(2027, Sw("01/01/2026", "01/06/2026", reason: null), Sw("01/06/2026", reason: null))));

    [Fact]
    public void SW17_LatestEpisodeOpen_Passes() =>
        Assert.Empty(Flagged(new RuleSW17STG2(), Return(2027, Sw("01/04/2026", "01/06/2026"), Sw("01/06/2026"))));

    [Fact]
    public void SW17_LatestEpisodeEnded_IsFlagged() =>
        Assert.Equal([(ReturnTable.SWEpisodes, 1)], Flagged(new RuleSW17STG2(), Return(2027, Sw("01/06/2026", "31/03/2027"), Sw("01/04/2026", "01/06/2026"))));
}
