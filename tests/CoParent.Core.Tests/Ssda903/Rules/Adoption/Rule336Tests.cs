using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule336Tests
{
    [Fact]
    public void PlacedForAdoptionFromFosterCare_Passes() =>
        Assert.Empty(Flagged(new Rule336(), Return(2027, Episode(decom: "01/05/2026", place: "U4"), Episode(decom: "01/07/2026", rne: "P", place: "A3"),
            Episode("C2", decom: "01/05/2026", place: "A4"))));

    [Fact]
    public void PlacedForAdoptionFromAChildrensHome_IsFlagged() =>
        Assert.Equal([(ReturnTable.Episodes, 2)], Flagged(new Rule336(), Return(2027,
            Episode(decom: "01/05/2026", place: "K2"), Episode(decom: "01/07/2026", rne: "P", place: "A4"))));
}
