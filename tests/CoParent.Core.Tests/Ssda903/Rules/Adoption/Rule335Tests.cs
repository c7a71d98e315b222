using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule335Tests
{
    [Fact]
    public void FosterCareAgreesWithThePlacement_Passes() =>
        Assert.Empty(Flagged(new Rule335(), Return(2027,
            Episode(dec: "01/12/2026", place: "A3") with { Rec = "E11" }, Adopted() with { FosterCare = "1" },
            Episode("C2", dec: "01/12/2026", place: "A6", ls: "E1") with { Rec = "E12" }, Adopted("C2") with { FosterCare = "0" })));

    [Fact]
    public void FosterCareContradictsThePlacement_FlagsBoth() =>
        Assert.Equal([(ReturnTable.Episodes, 1), (ReturnTable.Episodes, 2), (ReturnTable.AD1, 1), (ReturnTable.AD1, 2)], Flagged(new Rule335(), Return(2027,
            Episode(dec: "01/12/2026", place: "A5", ls: "E1") with { Rec = "E11" }, Adopted() with { FosterCare = "0" },
            Episode("C2", dec: "01/12/2026", place: "A4") with { Rec = "E12" }, Adopted("C2") with { FosterCare = "1" })));
}
