using CoParent.Core.Children;

namespace CoParent.Web.Tests.Ssda903.Storing;

public sealed class ImportedChildTests
{
    [Fact]
    public void DisplayName_ChildImportedWithoutNames_IsChildAndPersonId()
    {
        var child = new Child { PersonId = "A123", GivenName = "", FamilyName = "" };

        Assert.Equal("Child A123", child.DisplayName);
    }

    [Fact]
    public void DisplayName_ChildWithNames_IsUnchanged()
    {
        var child = new Child { PersonId = "A123", GivenName = "Ada", FamilyName = "Testchild", PreferredName = "Addy" };

        Assert.Equal("Addy Testchild", child.DisplayName);
    }
}
