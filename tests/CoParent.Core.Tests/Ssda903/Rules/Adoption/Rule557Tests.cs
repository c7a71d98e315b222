using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule557Tests
{
    [Fact]
    public void LeftCareNotAdoptedWithTheDecisionReversed_Passes() =>
        Assert.Empty(Flagged(new Rule557(), Return(2027,
            Episode(dec: "01/10/2026", place: "A4") with { Rec = "E13" }, Decision(ceased: "01/09/2026", reason: "RD1"))));

    [Fact]
    public void AdoptedOrContinuing_Passes() =>
        Assert.Empty(Flagged(new Rule557(), Return(2027,
            Episode(dec: "01/10/2026", place: "A4") with { Rec = "E11" }, Episode("C2", dec: "01/10/2026", ls: "E1") with { Rec = "X1" })));

    [Fact]
    public void LeftCareNotAdoptedWithTheDecisionOpen_FlagsEpisodeAndDecision() =>
        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.Episodes, 2), (ReturnTable.PlacedAdoption, 1)], Flagged(new Rule557(), Return(2027,
            Episode(dec: "01/10/2026", ls: "E1") with { Rec = "E13" }, Episode("C2", dec: "01/10/2026", place: "A5") with { Rec = "E4A" },
            Decision())));
}
