using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.SocialWorkers.SocialWorkerRows;

namespace CoParent.Core.Tests.Ssda903.Rules.SocialWorkers;

public class RuleSW12STG2Tests
{
    [Fact]
    public void ChildStartingCareWithASocialWorkerEpisode_Passes() =>
        Assert.Empty(Flagged(new RuleSW12STG2(), Return(2027, Episode(decom: "01/05/2026", rne: "S"), Sw("01/05/2026"))));

    [Fact]
    public void ChildStartingCareWithNoSocialWorkerEpisode_FlagsTheEpisode() =>
        Assert.Equal([(ReturnTable.Episodes, 1)], Flagged(new RuleSW12STG2(), Return(2027, Episode(decom: "01/05/2026", rne: "S"))));

    [Fact]
    public void ChildLeavingCareWithASocialWorkerBefore_Passes() =>
        Assert.Empty(Flagged(new RuleSW12STG2(), Return(2027, Episode(decom: "01/01/2024", dec: "01/09/2026", rne: "P"), Sw("01/01/2026", "01/09/2026"))));

    [Fact]
    public void ShortBreaksAndCareEndedBeforeTheReportingPeriod_AreNotChecked() =>
        Assert.Empty(Flagged(new RuleSW12STG2(), Return(2027,
            Episode(decom: "01/05/2026", rne: "S", ls: "V4"), Episode(child: "C2", decom: "01/01/2024", dec: "01/03/2025"))));
}
