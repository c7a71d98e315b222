using CoParent.Core.Geography;

namespace CoParent.Core.Tests.Geography;

public class PlacementLocationTests
{
    private static Postcode At(int easting, int northing, string ltla = "E07000070", string? utla = "E10000012") =>
        new() { Code = "X", Easting = easting, Northing = northing, LtlaCode = ltla, UtlaCode = utla };

    [Fact]
    public void DistanceMiles_ThreeFourFiveTriangle_IsHypotenuseInMiles()
    {
        // 30 km east and 40 km north: 50,000 m / 1000 / 1.6093 = 31.0694... miles, rounded to 31.1.
        var miles = PlacementLocation.DistanceMiles(At(570_000, 200_000), At(600_000, 240_000));
        Assert.Equal(31.1, miles);
    }

    [Fact]
    public void DistanceMiles_SamePostcode_IsZero() =>
        Assert.Equal(0.0, PlacementLocation.DistanceMiles(At(570_000, 200_000), At(570_000, 200_000)));

    [Theory]
    [InlineData("W06000015", "WAL")]
    [InlineData("S12000036", "SCO")]
    [InlineData("N09000003", "NIR")]
    public void PlacementLa_OutsideEngland_IsCountryCode(string ltla, string expected) =>
        Assert.Equal(expected, PlacementLocation.PlacementLa(At(0, 0, ltla, null), _ => null));

    [Fact]
    public void PlacementLa_NoUpperTierOnPostcode_UsesLocalAuthorityLookup() =>
        Assert.Equal("E10000012", PlacementLocation.PlacementLa(At(0, 0, "E07000070", null), l => l == "E07000070" ? "E10000012" : null));

    [Theory]
    [InlineData("E10000012", "IN")]
    [InlineData("E06000033", "OUT")]
    [InlineData(null, null)]
    public void Location_ComparesWithCouncil(string? placementLa, string? expected) =>
        Assert.Equal(expected, PlacementLocation.Location(placementLa, "E10000012"));
}
