using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

public class Rule582Tests
{
    [Fact]
    public void MatchedBeforeAdoption_Passes() =>
        Assert.Empty(Flagged(new Rule582(), Return(2027, Episode(dec: "01/12/2026", place: "A4") with { Rec = "E11" }, Adopted(dateMatch: "30/11/2026"))));

    [Fact]
    public void AdoptedOnTheDayOfMatching_FlagsTheEpisode() =>
        Assert.Equal([(ReturnTable.Episodes, 1)], Flagged(new Rule582(), Return(2027,
            Episode(dec: "01/12/2026", place: "A4") with { Rec = "E11" }, Adopted(dateMatch: "01/12/2026"))));
}
