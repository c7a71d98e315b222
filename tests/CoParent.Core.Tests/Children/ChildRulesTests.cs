using CoParent.Core.Children;

namespace CoParent.Core.Tests.Children;

public class ChildRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static Child ValidChild() => new()
    {
        PersonId = "P000001", GivenName = "Ada", FamilyName = "Example", DateOfBirth = new(2014, 5, 1),
        Sex = "F", Ethnicity = "WBRI", Upn = "A123456789012", HomePostcode = "CM1 1AA",
    };

    private static IEnumerable<string> FieldsWithErrors(Child child) => ChildRules.Check(child, Today).Select(e => e.Field);

    [Fact]
    public void Check_ValidChild_HasNoErrors() => Assert.Empty(ChildRules.Check(ValidChild(), Today));

    [Theory]
    [InlineData("M", true)]
    [InlineData("F", true)]
    [InlineData("U", true)]
    [InlineData("1", false)] // rule 101: 1 and 2 stopped being valid in 2024/25
    [InlineData("X", false)]
    public void Check_Sex_MustBeMFOrU(string sex, bool valid)
    {
        var child = ValidChild();
        child.Sex = sex;
        Assert.Equal(!valid, FieldsWithErrors(child).Contains(nameof(Child.Sex)));
    }

    [Theory]
    [InlineData("WBRI", true)]
    [InlineData("NOBT", true)]
    [InlineData("WHIT", false)] // rule 103: only the long GIAS codes
    public void Check_Ethnicity_MustBeFromCodeSet(string ethnicity, bool valid)
    {
        var child = ValidChild();
        child.Ethnicity = ethnicity;
        Assert.Equal(!valid, FieldsWithErrors(child).Contains(nameof(Child.Ethnicity)));
    }

    [Theory]
    [InlineData("A123456789012", true)]
    [InlineData("A12345678901B", true)]
    [InlineData("UN3", true)]
    [InlineData("I123456789012", false)] // rule 168: not I, O or S first
    [InlineData("S123456789012", false)]
    [InlineData("A12345678901", false)]
    [InlineData("UN6", false)]
    public void Check_Upn_FollowsRule168(string upn, bool valid) => Assert.Equal(valid, ChildRules.IsValidUpn(upn));

    [Fact]
    public void Check_DateOfBirthInFuture_IsAnError()
    {
        var child = ValidChild();
        child.DateOfBirth = Today.AddDays(1);
        var error = Assert.Single(ChildRules.Check(child, Today));
        Assert.Equal(nameof(Child.DateOfBirth), error.Field);
        Assert.Equal("The child's date of birth must be today or in the past", error.Message);
    }

    [Fact]
    public void Check_DateOfBirthToday_IsAllowed()
    {
        var child = ValidChild();
        child.DateOfBirth = Today;
        Assert.Empty(ChildRules.Check(child, Today));
    }

    [Theory]
    [InlineData("1234567890", true)]
    [InlineData("12345678901", false)] // CHILD is at most 10 characters
    [InlineData("", false)]
    public void Check_PersonId_AtMostTenCharacters(string personId, bool valid)
    {
        var child = ValidChild();
        child.PersonId = personId;
        Assert.Equal(!valid, FieldsWithErrors(child).Contains(nameof(Child.PersonId)));
    }

    [Theory]
    [InlineData("CM1 1AA", true)]
    [InlineData("cm11aa", true)]
    [InlineData("SW1A 2AA", true)]
    [InlineData("CM1", false)]
    [InlineData("12345", false)]
    public void Check_HomePostcode_MustBeFullPostcode(string postcode, bool valid)
    {
        var child = ValidChild();
        child.HomePostcode = postcode;
        Assert.Equal(!valid, FieldsWithErrors(child).Contains(nameof(Child.HomePostcode)));
    }

    [Fact]
    public void Check_MissingNames_AsksForEach()
    {
        var child = ValidChild();
        child.GivenName = " ";
        child.FamilyName = "";
        var messages = ChildRules.Check(child, Today).Select(e => e.Message).ToList();
        Assert.Contains("Enter the child's first name", messages);
        Assert.Contains("Enter the child's last name", messages);
    }
}
