using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Missing.MissingRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

/// <summary>Rules comparing a child's missing periods with each other, with their episodes, and with last year.</summary>
public class MissingPeriodTests
{
    private static EpisodeRow Ended(string decom, string dec, string rec = "E8") => Episode(decom: decom, dec: dec) with { Rec = rec };

    [Fact]
    public void Rule574_PeriodsOneAfterAnother_Pass() =>
        Assert.Empty(Flagged(new Rule574(), Return(2027, Period("01/06/2026", "03/06/2026"), Period("03/06/2026", "05/06/2026"), Period("10/06/2026", null))));

    [Fact]
    public void Rule574_PeriodStartingWhileAnotherIsOpen_FlagsTheLaterInOrderOfEnding() =>
        // The open period (filed second) sorts first by its start, so the period ending on 05/06 follows an open one.
        Assert.Equal([(ReturnTable.Missing, 1)], Flagged(new Rule574(), Return(2027, Period("01/06/2026", "05/06/2026"), Period("04/06/2026", null))));

    [Fact]
    public void Rule574_OverlappingPeriods_FlagTheSecond() =>
        Assert.Equal([(ReturnTable.Missing, 2)], Flagged(new Rule574(), Return(2027, Period("02/06/2026", "04/06/2026"), Period("03/06/2026", "09/06/2026"))));

    [Fact]
    public void Rule575_PeriodFromAnEndedPlacementThatHasEnded_Passes() =>
        Assert.Empty(Flagged(new Rule575(), Return(2027, Ended("01/05/2026", "10/06/2026"), Period("01/06/2026", "02/06/2026"))));

    [Fact]
    public void Rule575_OpenPeriodFromAnEndedPlacement_IsFlagged() =>
        Assert.Equal([(ReturnTable.Missing, 1)], Flagged(new Rule575(), Return(2027, Ended("01/05/2026", "10/06/2026"), Period("01/06/2026", null))));

    [Fact]
    public void Rule575_OpenPeriodInAnOpenPlacement_Passes() =>
        Assert.Empty(Flagged(new Rule575(), Return(2027, Episode(decom: "01/05/2026"), Period("01/06/2026", null))));

    [Fact]
    public void Rule576_PeriodOpenLastYearCarriedOn_Passes()
    {
        var lastYear = Return(2026, Period("01/03/2026", null));
        Assert.Empty(Flagged(new Rule576(), Return(2027, Period("01/03/2026", "05/04/2026"), Period("01/06/2026", null)), lastYear));
    }

    [Fact]
    public void Rule576_PeriodOpenLastYearWithADifferentStartThisYear_FlagsTheEarliestPeriod()
    {
        var lastYear = Return(2026, Period("01/03/2026", null));
        Assert.Equal([(ReturnTable.Missing, 2)], Flagged(new Rule576(), Return(2027, Period("01/06/2026", null), Period("02/04/2026", "03/04/2026")), lastYear));
    }

    [Fact]
    public void Rule576_NoOpenPeriodLastYear_Passes()
    {
        var lastYear = Return(2026, Period("01/03/2026", "02/03/2026"));
        Assert.Empty(Flagged(new Rule576(), Return(2027, Period("02/04/2026", null)), lastYear));
    }

    [Fact]
    public void Rule577_OpenPeriodWhileStillInCare_Passes() =>
        Assert.Empty(Flagged(new Rule577(), Return(2027, Episode(decom: "01/05/2026"), Period("01/06/2026", null))));

    [Fact]
    public void Rule577_OpenPeriodAfterCareEnded_IsFlagged() =>
        Assert.Equal([(ReturnTable.Missing, 1)], Flagged(new Rule577(), Return(2027, Ended("01/05/2026", "01/09/2026"), Period("01/06/2026", null))));

    [Fact]
    public void Rule577_PeriodEndingAfterCareEnded_IsFlagged() =>
        Assert.Equal([(ReturnTable.Missing, 1)], Flagged(new Rule577(), Return(2027, Ended("01/05/2026", "01/09/2026"), Period("01/06/2026", "02/09/2026"))));

    [Fact]
    public void Rule577_PeriodEndingInALaterPeriodOfCare_Passes() =>
        Assert.Empty(Flagged(new Rule577(), Return(2027,
            Ended("01/05/2026", "01/07/2026"), Episode(decom: "01/09/2026"), Period("01/06/2026", "02/09/2026"))));

    [Fact]
    public void Rule578_PeriodStartingDuringCare_Passes() =>
        Assert.Empty(Flagged(new Rule578(), Return(2027, Ended("01/05/2026", "01/09/2026"), Period("01/09/2026", null))));

    [Fact]
    public void Rule578_PeriodStartingAfterCareEnded_IsFlagged() =>
        Assert.Equal([(ReturnTable.Missing, 1)], Flagged(new Rule578(), Return(2027, Ended("01/05/2026", "01/09/2026"), Period("02/09/2026", null))));

    [Fact]
    public void Rule578_ChildWithNoEpisodes_IsLeftToOtherRules() =>
        Assert.Empty(Flagged(new Rule578(), Return(2027, Period("02/09/2026", null))));

    [Fact]
    public void Rule580_MissingOnThe18thBirthdayWhenCareEndedWithE8_Passes() =>
        Assert.Empty(Flagged(new Rule580(), Return(2027, Ended("01/05/2026", "15/06/2026", "E8"), Period("01/06/2026", "15/06/2026", dob: "15/06/2008"))));

    [Fact]
    public void Rule580_MissingOnThe18thBirthdayWhenCareEndedOtherwise_FlagsTheEpisode() =>
        Assert.Equal([(ReturnTable.Episodes, 1)],
            Flagged(new Rule580(), Return(2027, Ended("01/05/2026", "15/06/2026", "E4A"), Period("01/06/2026", "15/06/2026", dob: "15/06/2008"))));

    [Fact]
    public void Rule581_PeriodStartingDuringAnEpisode_Passes() =>
        Assert.Empty(Flagged(new Rule581(), Return(2027, Episode(decom: "01/05/2026"), Period("01/05/2026", null))));

    [Fact]
    public void Rule581_PeriodStartingBeforeCare_IsFlagged() =>
        Assert.Equal([(ReturnTable.Missing, 1)], Flagged(new Rule581(), Return(2027, Episode(decom: "01/05/2026"), Period("30/04/2026", null))));

    [Fact]
    public void Rule581_PeriodStartingBetweenEpisodes_IsFlagged() =>
        Assert.Equal([(ReturnTable.Missing, 1)], Flagged(new Rule581(), Return(2027,
            Ended("01/05/2026", "01/06/2026"), Episode(decom: "01/08/2026"), Period("01/07/2026", null))));
}
