using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Missing.MissingRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Missing;

public class Rule580Tests
{
    [Fact]
    public void MissingOnThe18thBirthdayWhenCareEndedWithE8_Passes() =>
        Assert.Empty(Flagged(new Rule580(), Return(2027, Ended("01/05/2026", "15/06/2026", "E8"), Period("01/06/2026", "15/06/2026", dob: "15/06/2008"))));

    [Fact]
    public void MissingOnThe18thBirthdayWhenCareEndedOtherwise_FlagsTheEpisode() =>
        Assert.Equal([(ReturnTable.Episodes, 1)],
            Flagged(new Rule580(), Return(2027, Ended("01/05/2026", "15/06/2026", "E4A"), Period("01/06/2026", "15/06/2026", dob: "15/06/2008"))));
}
