namespace CoParent.Data;

/// <summary>The council CoParent serves (section <c>Council</c> of the configuration).</summary>
public sealed class CouncilOptions
{
    public const string Section = "Council";

    /// <summary>The upper-tier LA code the SSDA903 return uses for PL_LA (Essex: E10000012).</summary>
    public const string DefaultCode = "E10000012";

    public string Code { get; set; } = DefaultCode;

    public string Name { get; set; } = "Essex County Council";

    /// <summary>Children under 18 living in the area (ONS mid-year estimate), for the rate per 10,000.</summary>
    public int Under18Population { get; set; } = 322_000;
}
