using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.SocialWorkers.SocialWorkerRows;

namespace CoParent.Core.Tests.Ssda903.Rules.SocialWorkers;

public class RuleSW13STG1Tests
{
    [Fact]
    public void ValidReasonsAndABlankFirstEpisode_Pass() =>
        Assert.Empty(Flagged(new RuleSW13STG1(), Return(2027,
            Sw("01/04/2026", "01/06/2026", reason: null), Sw("01/06/2026", reason: "LEFTRL"), Sw(child: "C2", start: "01/01/2022", end: "01/02/2022", reason: null))));

    [Fact]
    public void ReasonOutsideTheCodeSet_IsFlagged() =>
        Assert.Equal([(ReturnTable.SWEpisodes, 1)], Flagged(new RuleSW13STG1(), Return(2027, Sw(reason: "LEFT"))));

    [Fact]
    public void BlankReasonForALaterChange_IsFlagged() =>
        Assert.Equal([(ReturnTable.SWEpisodes, 2)],
            Flagged(new RuleSW13STG1(), Return(2027, Sw("01/04/2026", "01/06/2026", reason: null), Sw("01/06/2026", reason: null))));

    [Fact]
    public void EpisodeCarriedIntoTheYearWithABlankReason_PassesAndTheNextIsFlagged() =>
        Assert.Equal([(ReturnTable.SWEpisodes, 2)],
            Flagged(new RuleSW13STG1(), Return(2027, Sw("01/01/2026", "01/06/2026", reason: null), Sw("01/06/2026", reason: null))));
}
