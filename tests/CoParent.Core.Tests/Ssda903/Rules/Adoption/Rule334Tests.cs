using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule334Tests
{
    [Fact]
    public void DecisionAfterTheLatestStartInCare_Passes() =>
        Assert.Empty(Flagged(new Rule334(), Return(2027, Episode(decom: "01/05/2026"), Adopted(dateInt: "01/05/2026"))));

    [Fact]
    public void DecisionBeforeTheLatestStartInCare_FlagsBoth() =>
        Assert.Equal([(ReturnTable.Episodes, 2), (ReturnTable.AD1, 1)], Flagged(new Rule334(), Return(2027,
            Episode(decom: "01/01/2025", dec: "01/02/2025") with { Rec = "E4A" }, Episode(decom: "01/05/2026"), Adopted(dateInt: "01/01/2026"))));
}
