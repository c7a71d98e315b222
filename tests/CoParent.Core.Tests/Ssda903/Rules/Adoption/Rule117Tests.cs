using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule117Tests
{
    [Fact]
    public void DecisionsWithinTheYearAndBeforeCareEnded_Pass() =>
        Assert.Empty(Flagged(new Rule117(), Return(2027,
            Episode(decom: "01/05/2026", dec: "01/12/2026") with { Rec = "E11", Place = "A4" },
            Decision(placed: "01/06/2026"))));

    [Fact]
    public void DecisionAfterTheChildLeftCare_FlagsTheDecisionAndTheLastEpisode() =>
        Assert.Equal([(ReturnTable.Episodes, 2), (ReturnTable.PlacedAdoption, 1)], Flagged(new Rule117(), Return(2027,
            Episode(decom: "01/05/2026", dec: "01/07/2026") with { Rec = "X1" },
            Episode(decom: "01/07/2026", dec: "01/08/2026") with { Rec = "E13" },
            Decision(placed: "01/06/2026", ceased: "01/09/2026", reason: "RD1"))));

    [Fact]
    public void DecisionAfterTheYearEnds_IsFlaggedEvenWhileInCare() =>
        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.PlacedAdoption, 1)], Flagged(new Rule117(), Return(2027,
            Episode(decom: "01/05/2026"), Decision(placed: "01/04/2027"))));
}
