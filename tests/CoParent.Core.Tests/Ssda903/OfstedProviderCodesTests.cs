using CoParent.Core.Ssda903.Validation;

namespace CoParent.Core.Tests.Ssda903;

public class OfstedProviderCodesTests
{
    [Theory]
    [InlineData("Children's home", "K2")]
    [InlineData("Secure children's home", "K1")]
    [InlineData("Supported accommodation", "K3")]
    [InlineData("K2/K1", "K2/K1")]
    [InlineData("k2", "K2")]
    [InlineData("Boarding school", "")]
    [InlineData(null, "")]
    public void ProviderType_BecomesThePlacementTypesItAllows(string? type, string codes) =>
        Assert.Equal(codes, OfstedProviderCodes.PlacementCodes(type));

    [Theory]
    [InlineData("Private", "PR4")]
    [InlineData("Voluntary", "PR5")]
    [InlineData("Local Authority", "PR1 PR2")]
    [InlineData("PR4,PR5", "PR4,PR5")]
    public void Sector_BecomesItsPlacementProviderCodes(string sector, string codes) =>
        Assert.Equal(codes, OfstedProviderCodes.ProviderCodes(sector));
}
