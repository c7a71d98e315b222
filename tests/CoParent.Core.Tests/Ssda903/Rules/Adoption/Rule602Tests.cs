using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule602Tests
{
    [Fact]
    public void AdoptionDetailsForAChildAdoptedInTheYear_Pass() =>
        Assert.Empty(Flagged(new Rule602(), Return(2027, Episode(dec: "01/12/2026", place: "A4") with { Rec = "E12" }, Adopted())));

    [Fact]
    public void AdoptionDetailsWithoutAnAdoptionInTheYear_AreFlagged() =>
        Assert.Equal([(ReturnTable.AD1, 1), (ReturnTable.AD1, 2)], Flagged(new Rule602(), Return(2027,
            Episode(dec: "01/12/2026", place: "A4") with { Rec = "E13" }, Adopted(), Adopted("C2"))));
}
