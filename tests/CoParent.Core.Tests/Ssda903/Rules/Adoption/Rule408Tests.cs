using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule408Tests
{
    [Fact]
    public void PlacementOrderPlacementUnderE1_Passes() =>
        Assert.Empty(Flagged(new Rule408(), Return(2027, Episode(place: "A6", ls: "E1"), Episode("C2", place: "A4", ls: "C2"))));

    [Fact]
    public void PlacementOrderPlacementWithoutE1_IsFlagged() =>
        Assert.Equal([(ReturnTable.Episodes, 1)], Flagged(new Rule408(), Return(2027, Episode(place: "A5", ls: "C2"))));
}
