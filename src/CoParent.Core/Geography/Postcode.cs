namespace CoParent.Core.Geography;

/// <summary>A row of the ONS Postcode Directory: grid reference and local authorities.</summary>
public class Postcode
{
    /// <summary>Upper case with no spaces, so lookups ignore case and spacing as the DfE's do.</summary>
    public string Code { get; set; } = "";
    public string Display { get; set; } = "";
    public int Easting { get; set; }
    public int Northing { get; set; }
    public string LtlaCode { get; set; } = "";
    public string? UtlaCode { get; set; }

    /// <summary>The same postcode written either way: case and spaces do not matter (ssda903.md §3). Blank equals blank.</summary>
    public static bool SameCode(string? a, string? b)
    {
        a ??= "";
        b ??= "";
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && char.IsWhiteSpace(a[i])) i++;
            while (j < b.Length && char.IsWhiteSpace(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (char.ToUpperInvariant(a[i]) != char.ToUpperInvariant(b[j])) return false;
            i++;
            j++;
        }
    }

    public static string Normalise(string postcode) =>
        new string(postcode.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
}

public class LocalAuthority
{
    public string LtlaCode { get; set; } = "";
    public string LtlaName { get; set; } = "";
    public string UtlaCode { get; set; } = "";
    public string UtlaName { get; set; } = "";
}
