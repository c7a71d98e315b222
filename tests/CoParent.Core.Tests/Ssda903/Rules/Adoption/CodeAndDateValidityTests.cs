using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

/// <summary>Rules 112-116, 120 and 175-177: adoption dates are real dates and adoption codes come from their code sets.</summary>
public class CodeAndDateValidityTests
{
    [Fact]
    public void ValidOrBlankAdoptionDates_Pass()
    {
        var current = Return(2027, Adopted(), Adopted("C2", dateInt: null, dateMatch: null), Decision(ceased: "01/09/2026", reason: "RD1"), Decision("C2"));
        Assert.Empty(Flagged(new Rule112(), current));
        Assert.Empty(Flagged(new Rule113(), current));
        Assert.Empty(Flagged(new Rule115(), current));
        Assert.Empty(Flagged(new Rule116(), current));
    }

    [Fact]
    public void DateShouldBePlacedNotADate_FlagsTheAd1Row() =>
        Assert.Equal([(ReturnTable.AD1, 2)], Flagged(new Rule112(), Return(2027, Adopted(), Adopted("C2", dateInt: "31/02/2026"))));

    [Fact]
    public void DateMatchedNotADate_FlagsTheAd1Row() =>
        Assert.Equal([(ReturnTable.AD1, 1)], Flagged(new Rule113(), Return(2027, Adopted(dateMatch: "2026-08-01"))));

    [Fact]
    public void DecisionToPlaceNotADate_FlagsTheDecision() =>
        Assert.Equal([(ReturnTable.PlacedAdoption, 1)], Flagged(new Rule115(), Return(2027, Decision(placed: "1/6/26"))));

    [Fact]
    public void DecisionReversedNotADate_FlagsTheDecision() =>
        Assert.Equal([(ReturnTable.PlacedAdoption, 1)], Flagged(new Rule116(), Return(2027, Decision(ceased: "soon", reason: "RD1"))));

    [Theory]
    [InlineData("0", false)]
    [InlineData("1", false)]
    [InlineData(null, false)]
    [InlineData("2", true)]
    [InlineData("Y", true)]
    public void AdoptedByFormerFosterCarer_MustBeZeroOrOne(string? fosterCare, bool flagged) =>
        Assert.Equal(flagged, Flagged(new Rule114(), Return(2027, Adopted() with { FosterCare = fosterCare })).Count == 1);

    [Theory]
    [InlineData("RD1", false)]
    [InlineData("RD4", false)]
    [InlineData(null, false)]
    [InlineData("RD5", true)]
    [InlineData("R1", true)]
    public void ReasonDecisionReversed_MustBeRd1ToRd4(string? reason, bool flagged) =>
        Assert.Equal(flagged, Flagged(new Rule120(), Return(2027, Decision(ceased: "01/09/2026", reason: reason))).Count == 1);

    [Theory]
    [InlineData("1", false)]
    [InlineData("2", false)]
    [InlineData(null, false)]
    [InlineData("3", true)]
    public void NumberOfAdopters_MustBeOneOrTwo(string? number, bool flagged) =>
        Assert.Equal(flagged, Flagged(new Rule175(), Return(2027, Adopted() with { NbAdoptr = number })).Count == 1);

    [Theory]
    [InlineData("M1", false)]
    [InlineData("F1", false)]
    [InlineData("MM", false)]
    [InlineData("FF", false)]
    [InlineData("MF", false)]
    [InlineData("FM", true)]
    [InlineData("M", true)]
    public void GenderOfAdopters_MustBeInTheCodeSet(string sex, bool flagged) =>
        Assert.Equal(flagged, Flagged(new Rule176(), Return(2027, Adopted() with { SexAdoptr = sex })).Count == 1);

    [Theory]
    [InlineData("L0", false)]
    [InlineData("L11", false)]
    [InlineData("L12", false)]
    [InlineData("L2", false)]
    [InlineData("L3", false)]
    [InlineData("L4", false)]
    [InlineData("L1", true)]
    [InlineData("L5", true)]
    public void LegalStatusOfAdopters_MustBeInTheCodeSet(string ls, bool flagged) =>
        Assert.Equal(flagged, Flagged(new Rule177(), Return(2027, Adopted() with { LsAdoptr = ls })).Count == 1);
}
