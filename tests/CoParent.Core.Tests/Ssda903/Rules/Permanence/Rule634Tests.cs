using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Permanence;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Permanence.PermanenceRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Permanence;

public class Rule634Tests
{
    [Fact]
    public void PermanenceEntriesForAChildWhoStartedCareSince2016_Pass() =>
        Assert.Empty(Flagged(new Rule634(), Return(2027, Episode(decom: "01/04/2016"), Perm())));

    [Fact]
    public void PermanenceEntriesForAChildInCareSinceBefore2016_FlagTheRowAndTheEpisodes() =>
        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.Episodes, 2), (ReturnTable.PrevPerm, 1)],
            Flagged(new Rule634(), Return(2027, Episode(decom: "01/05/2010"), Episode(decom: "31/03/2016", rne: "P"), Perm("Z1", null, null))));
}
