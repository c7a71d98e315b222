using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule558Tests
{
    [Fact]
    public void AdoptedWithTheDecisionOpen_Passes() =>
        Assert.Empty(Flagged(new Rule558(), Return(2027,
            Episode(dec: "01/10/2026", place: "A4") with { Rec = "E11" }, Decision(placed: "01/03/2026", ceased: "01/04/2026", reason: "RD1"), Decision())));

    [Fact]
    public void AdoptedWithEveryDecisionReversed_FlagsTheEpisode() =>
        Assert.Equal([(ReturnTable.Episodes, 1)], Flagged(new Rule558(), Return(2027,
            Episode(dec: "01/10/2026", place: "A4") with { Rec = "E12" }, Decision(ceased: "01/09/2026", reason: "RD1"))));
}
