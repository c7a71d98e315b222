using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule551Tests
{
    [Fact]
    public void PlacedForAdoptionWithADecision_Passes() =>
        Assert.Empty(Flagged(new Rule551(), Return(2027, Episode(place: "A3"), Decision())));

    [Fact]
    public void PlacedForAdoptionWithoutADecision_FlagsTheEpisode() =>
        Assert.Equal([(ReturnTable.Episodes, 2), (ReturnTable.Episodes, 3)], Flagged(new Rule551(), Return(2027,
            Episode(place: "A5", ls: "E1"), Episode("C2", place: "A6", ls: "E1"), Episode("C3", place: "A4"),
            Decision(), Decision("C3", placed: null))));
}
