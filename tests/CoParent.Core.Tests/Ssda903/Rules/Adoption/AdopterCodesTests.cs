using CoParent.Core.Ssda903.Validation;
using CoParent.Core.Ssda903.Validation.Rules.Adoption;
using static CoParent.Core.Tests.Ssda903.RuleTestKit;
using static CoParent.Core.Tests.Ssda903.Rules.Adoption.AdoptionRows;

namespace CoParent.Core.Tests.Ssda903.Rules.Adoption;

/// <summary>Rules 511, 514, 517-520 and 524: the number, genders and legal status of adopters agree.</summary>
public class AdopterCodesTests
{
    private static bool Flags(Rule rule, string? number, string? sex, string? ls) =>
        Flagged(rule, Return(2027, Adopted() with { NbAdoptr = number, SexAdoptr = sex, LsAdoptr = ls })).Count == 1;

    [Theory]
    [InlineData("2", "MM", false)]
    [InlineData("2", "MF", false)]
    [InlineData("1", "F1", false)]
    [InlineData("2", "M1", true)]
    [InlineData("2", "F1", true)]
    public void TwoAdopters_NeedACoupleGenderCode(string number, string sex, bool flagged) =>
        Assert.Equal(flagged, Flags(new Rule511(), number, sex, "L2"));

    [Theory]
    [InlineData("M1", false)]
    [InlineData("F1", false)]
    [InlineData("MF", true)]
    [InlineData(null, true)]
    public void SingleAdopterLegalStatus_NeedsASingleGenderCode(string? sex, bool flagged) =>
        Assert.Equal(flagged, Flags(new Rule514(), "1", sex, "L0"));

    [Theory]
    [InlineData("MF", false)]
    [InlineData("MM", true)]
    public void LegalStatusL3_NeedsMaleAndFemale(string sex, bool flagged) =>
        Assert.Equal(flagged, Flags(new Rule517(), "2", sex, "L3"));

    [Theory]
    [InlineData("MM", false)]
    [InlineData("FF", false)]
    [InlineData("MF", true)]
    public void LegalStatusL4_NeedsASameGenderCouple(string sex, bool flagged) =>
        Assert.Equal(flagged, Flags(new Rule518(), "2", sex, "L4"));

    [Theory]
    [InlineData("MM", false)]
    [InlineData("MF", false)]
    [InlineData("M1", true)]
    [InlineData(null, true)]
    public void CivilPartners_MustBeACouple(string? sex, bool flagged) =>
        Assert.Equal(flagged, Flags(new Rule519(), "2", sex, "L2"));

    [Theory]
    [InlineData("MF", false)]
    [InlineData("FF", true)]
    public void DifferentGenderMarriedCouple_MustBeMaleAndFemale(string sex, bool flagged) =>
        Assert.Equal(flagged, Flags(new Rule520(), "2", sex, "L11"));

    [Theory]
    [InlineData("FF", false)]
    [InlineData("MF", true)]
    [InlineData("F1", true)]
    public void SameGenderMarriedCouple_MustBeMmOrFf(string sex, bool flagged) =>
        Assert.Equal(flagged, Flags(new Rule524(), "2", sex, "L12"));

    [Fact]
    public void OtherLegalStatuses_AreNotCheckedByTheCoupleRules()
    {
        Assert.False(Flags(new Rule517(), "1", "M1", "L0"));
        Assert.False(Flags(new Rule518(), "1", "M1", "L0"));
        Assert.False(Flags(new Rule520(), "1", "M1", "L0"));
        Assert.False(Flags(new Rule524(), "1", "M1", "L0"));
        Assert.False(Flags(new Rule514(), "2", "MF", "L11"));
    }
}
