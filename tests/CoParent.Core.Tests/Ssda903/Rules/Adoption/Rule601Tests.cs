using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule601Tests
{
    [Fact]
    public void AdoptedInTheYearWithFullDetails_Passes() =>
        Assert.Empty(Flagged(new Rule601(), Return(2027, Episode(dec: "01/12/2026", place: "A4") with { Rec = "E11" }, Adopted())));

    [Fact]
    public void AdoptedInTheYearWithDetailsMissing_FlagsBoth() =>
        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.AD1, 1)], Flagged(new Rule601(), Return(2027,
            Episode(dec: "01/12/2026", place: "A4") with { Rec = "E11" }, Adopted() with { LsAdoptr = null })));

    [Fact]
    public void AdoptedBeforeTheYear_IsNotChecked() =>
        Assert.Empty(Flagged(new Rule601(), Return(2027,
            Episode(decom: "01/01/2026", dec: "01/03/2026", place: "A4") with { Rec = "E11" }, Adopted() with { LsAdoptr = null })));
}
