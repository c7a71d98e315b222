using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule331Tests
{
    [Fact]
    public void MatchedBeforeTheAdoptivePlacement_Passes() =>
        Assert.Empty(Flagged(new Rule331(), Return(2027,
            Episode(decom: "01/08/2026", dec: "01/12/2026", place: "A4") with { Rec = "E11" }, Adopted(dateMatch: "01/08/2026"))));

    [Fact]
    public void MatchedAfterTheAdoptivePlacementBegan_FlagsBoth() =>
        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.AD1, 1)], Flagged(new Rule331(), Return(2027,
            Episode(decom: "01/08/2026", dec: "01/12/2026", place: "A4") with { Rec = "E12" }, Adopted(dateMatch: "02/08/2026"))));
}
