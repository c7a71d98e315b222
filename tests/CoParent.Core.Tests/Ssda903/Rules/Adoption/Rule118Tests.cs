using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule118Tests
{
    [Fact]
    public void ReversalInTheYearAfterCareBegan_Passes() =>
        Assert.Empty(Flagged(new Rule118(), Return(2027, Episode(decom: "01/05/2026"), Decision(placed: "01/06/2026", ceased: "01/09/2026", reason: "RD1"))));

    [Fact]
    public void ReversalBeforeTheYear_FlagsTheDecisionAndTheFirstEpisode() =>
        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.PlacedAdoption, 1)], Flagged(new Rule118(), Return(2027,
            Episode(decom: "01/01/2025"), Decision(placed: "01/02/2025", ceased: "01/03/2026", reason: "RD1"))));

    [Fact]
    public void ReversalBeforeCareBegan_IgnoresShortBreakEpisodes() =>
        Assert.Equal([(ReturnTable.Episodes, 2), (ReturnTable.PlacedAdoption, 1)], Flagged(new Rule118(), Return(2027,
            Episode(decom: "10/04/2026", dec: "12/04/2026", ls: "V3"),
            Episode(decom: "01/06/2026"),
            Decision(placed: "01/04/2026", ceased: "20/05/2026", reason: "RD1"))));
}
