namespace CoParent.Core.Family;

/// <summary>Where a child in care lives on a date: the carer's name and postcode of their open episode.</summary>
public sealed record PlacementAddress(string? CarerName, string? PlPost);

/// <summary>
/// Whether two brothers or sisters live together, worked out rather than typed: both are in care (an open episode
/// that is not a short break) and their open episodes have the same carer (CarerName) at the same placement
/// postcode (PL_POST). Names compare ignoring case and extra spaces, postcodes ignoring case and spaces. A missing
/// carer name or postcode on either side means we cannot say they live together, so the answer is no.
/// </summary>
public static class SiblingPlacement
{
    public static bool LiveTogether(PlacementAddress? a, PlacementAddress? b)
    {
        if (a is null || b is null) return false;
        var carerA = Carer(a.CarerName);
        var postA = Postcode(a.PlPost);
        if (carerA.Length == 0 || postA.Length == 0) return false;
        return carerA == Carer(b.CarerName) && postA == Postcode(b.PlPost);
    }

    private static string Carer(string? name) =>
        string.Join(' ', (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToUpperInvariant();

    private static string Postcode(string? postcode) => (postcode ?? "").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
