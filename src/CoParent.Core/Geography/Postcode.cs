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
