namespace CoParent.Core.Geography;

/// <summary>
/// The DfE's derived placement fields (ssda903.md §4): PL_LA, PL_LOCATION and PL_DISTANCE.
/// </summary>
public static class PlacementLocation
{
    private const double MetresPerKilometre = 1000.0;
    private const double KilometresPerMile = 1.6093;

    /// <summary>
    /// PL_DISTANCE: straight line between the two OS grid references, in miles, rounded to 0.1.
    /// The DfE divides metres by 1000 and then by 1.6093.
    /// </summary>
    public static double DistanceMiles(Postcode home, Postcode placement)
    {
        var dx = (double)home.Easting - placement.Easting;
        var dy = (double)home.Northing - placement.Northing;
        var miles = Math.Sqrt((dx * dx) + (dy * dy)) / MetresPerKilometre / KilometresPerMile;
        return Math.Round(miles, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// PL_LA: the upper-tier LA (2021 codes) of the placement postcode's lower-tier LA. Wales, Scotland
    /// and Northern Ireland are reported as WAL, SCO and NIR.
    /// </summary>
    public static string? PlacementLa(Postcode placement, Func<string, string?> utlaOfLtla)
    {
        var ltla = placement.LtlaCode;
        if (ltla.StartsWith('W')) return "WAL";
        if (ltla.StartsWith('S')) return "SCO";
        if (ltla.StartsWith('N')) return "NIR";
        return placement.UtlaCode is { Length: > 0 } utla ? utla : utlaOfLtla(ltla);
    }

    /// <summary>PL_LOCATION: IN when PL_LA is the submitting council, otherwise OUT; null when unknown.</summary>
    public static string? Location(string? placementLa, string councilCode) =>
        placementLa is null ? null : placementLa == councilCode ? "IN" : "OUT";
}
