using CoParent.Core.Children;

namespace CoParent.Core.Tests.Children;

public class NameSearchTests
{
    [Theory]
    [InlineData("O'Neill", "oneill")]
    [InlineData("O’NEILL", "oneill")]
    [InlineData("Smith-Jones", "smith jones")]
    [InlineData("  Mary   Ann ", "mary ann")]
    [InlineData("Zoë", "zoe")]
    [InlineData("Chloé-Anne", "chloe anne")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalise_IgnoresCaseAccentsApostrophesAndHyphens(string? name, string expected) =>
        Assert.Equal(expected, NameSearch.Normalise(name));

    [Theory]
    [InlineData("smith", "smitha", true)]
    [InlineData("smith", "smith jones", true)]
    [InlineData("smith", "smith", true)]
    [InlineData("smith", "smiti", false)]
    [InlineData("smith", "smit", false)]
    public void PrefixEnd_BoundsExactlyTheNamesStartingWithThePrefix(string prefix, string name, bool starts)
    {
        var inRange = string.CompareOrdinal(name, prefix) >= 0 && string.CompareOrdinal(name, NameSearch.PrefixEnd(prefix)) < 0;

        Assert.Equal(starts, inRange);
    }

    [Fact]
    public void RefreshSearchNames_KeepsTheSearchFormsOfEveryName()
    {
        var child = new Child { GivenName = "Ciarán", FamilyName = "O'Brien-Smith", PreferredName = "Kee" };

        child.RefreshSearchNames();

        Assert.Equal(("ciaran", "obrien smith", "kee"), (child.SearchGivenName, child.SearchFamilyName, child.SearchPreferredName));
    }
}
