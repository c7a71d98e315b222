namespace CoParent.Core.Ssda903.Validation;

/// <summary>
/// Ofsted's provider lists describe providers in words ("Children's home", "Private"); the URN rules (219, 224)
/// compare SSDA903 codes. This turns Ofsted's words into the placement types (PLACE) a provider of that kind
/// can offer and the placement provider code (PLACE_PROVIDER) of its sector. A cell that already holds codes
/// ("K2", "PR4") is kept as it is.
/// </summary>
public static class OfstedProviderCodes
{
    private static readonly (string Words, string Codes)[] PlacementTypes =
    [
        ("secure children", "K1"),
        ("residential special school", "S1 K2"),
        ("residential family centre", "R3"),
        ("supported accommodation", "K3"),
        ("children's home", "K2"),
        ("childrens home", "K2"),
        ("fostering", "U1 U2 U3 U4 U5 U6 A3 A5"),
        ("adoption", "A3 A4 A5 A6"),
    ];

    private static readonly (string Words, string Code)[] Sectors =
    [
        ("local authority", "PR1 PR2"),
        ("health", "PR3"),
        ("private", "PR4"),
        ("voluntary", "PR5"),
        ("charit", "PR5"),
    ];

    /// <summary>The placement types a provider type allows, as a space-separated list of codes; the cell when it is already codes.</summary>
    public static string PlacementCodes(string? providerType) => Translate(providerType, PlacementTypes, "K1 K2 K3 S1 R3 U1 A3");

    /// <summary>The placement provider codes of a sector; the cell when it is already codes.</summary>
    public static string? ProviderCodes(string? sector) => sector is null ? null : Translate(sector, Sectors, "PR");

    private static string Translate(string? cell, (string Words, string Codes)[] table, string codePrefixes)
    {
        if (string.IsNullOrWhiteSpace(cell)) return "";
        var text = cell.Trim();
        if (LooksLikeCodes(text, codePrefixes)) return text.ToUpperInvariant();
        foreach (var (words, codes) in table)
        {
            if (text.Contains(words, StringComparison.OrdinalIgnoreCase)) return codes;
        }
        return "";
    }

    private static bool LooksLikeCodes(string text, string codePrefixes)
    {
        foreach (var part in text.Split([',', '/', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length > 3 || !codePrefixes.Split(' ').Any(p => char.ToUpperInvariant(part[0]) == p[0] && char.IsDigit(part[^1]))) return false;
        }
        return true;
    }
}
