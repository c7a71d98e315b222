using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule151Tests
{
    [Fact]
    public void AllItemsOrNone_Pass() =>
        Assert.Empty(Flagged(new Rule151(), Return(2027, Adopted(),
            Adopted("C2", dateInt: null, dateMatch: null) with { FosterCare = null, NbAdoptr = null, SexAdoptr = null, LsAdoptr = null })));

    [Fact]
    public void SomeItemsMissing_IsFlagged() =>
        Assert.Equal([(ReturnTable.AD1, 1)], Flagged(new Rule151(), Return(2027, Adopted() with { SexAdoptr = null })));
}
