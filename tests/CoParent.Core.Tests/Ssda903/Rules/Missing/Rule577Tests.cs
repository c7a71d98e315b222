using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Missing.MissingRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

public class Rule577Tests
{
    [Fact]
    public void OpenPeriodWhileStillInCare_Passes() =>
        Assert.Empty(Flagged(new Rule577(), Return(2027, Episode(decom: "01/05/2026"), Period("01/06/2026", null))));

    [Fact]
    public void OpenPeriodAfterCareEnded_IsFlagged() =>
        Assert.Equal([(ReturnTable.Missing, 1)], Flagged(new Rule577(), Return(2027, Ended("01/05/2026", "01/09/2026"), Period("01/06/2026", null))));

    [Fact]
    public void PeriodEndingAfterCareEnded_IsFlagged() =>
        Assert.Equal([(ReturnTable.Missing, 1)], Flagged(new Rule577(), Return(2027, Ended("01/05/2026", "01/09/2026"), Period("01/06/2026", "02/09/2026"))));

    [Fact]
    public void PeriodEndingInALaterPeriodOfCare_Passes() =>
        Assert.Empty(Flagged(new Rule577(), Return(2027,
            Ended("01/05/2026", "01/07/2026"), Episode(decom: "01/09/2026"), Period("01/06/2026", "02/09/2026"))));
}
