using CoParent.Core.Family;

namespace CoParent.Core.Tests.Family;

public class SiblingPlacementTests
{
    [Fact]
    public void LiveTogether_SameCarerAndPostcode_IgnoringCaseAndSpaces_IsTrue()
    {
        var a = new PlacementAddress("Jean  and Tom Smith", "CM2 0AA");
        var b = new PlacementAddress("jean and tom smith", "cm20aa");

        Assert.True(SiblingPlacement.LiveTogether(a, b));
    }

    [Fact]
    public void LiveTogether_SameCarerNameAtAnotherPostcode_IsFalse()
    {
        // Two households can share a name: the postcode must match too.
        Assert.False(SiblingPlacement.LiveTogether(new("Smith", "CM2 0AA"), new("Smith", "CO1 1AA")));
    }

    [Fact]
    public void LiveTogether_SamePostcodeDifferentCarers_IsFalse()
    {
        Assert.False(SiblingPlacement.LiveTogether(new("Smith", "CM2 0AA"), new("Jones", "CM2 0AA")));
    }

    [Theory]
    [InlineData(null, "CM2 0AA")]
    [InlineData("Smith", null)]
    [InlineData(" ", " ")]
    public void LiveTogether_CarerOrPostcodeMissing_IsFalse(string? carer, string? postcode)
    {
        Assert.False(SiblingPlacement.LiveTogether(new(carer, postcode), new(carer, postcode)));
    }

    [Fact]
    public void LiveTogether_OneNotInCare_IsFalse()
    {
        Assert.False(SiblingPlacement.LiveTogether(new("Smith", "CM2 0AA"), null));
    }
}
