using CoParent.Core.Measures;

namespace CoParent.Core.Tests.Measures;

/// <summary>Small builders for hand-worked examples.</summary>
internal static class Histories
{
    public static readonly DateOnly AsAt = new(2026, 3, 31);

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static EpisodeFacts Episode(
        string decom, string? dec = null, string rne = "S", string ls = "C2", string place = "U4", string? provider = "PR1",
        string? rec = null, string? location = "IN", double? distance = 5) =>
        new(D(decom), rne, ls, place, provider, dec is null ? null : D(dec), rec ?? (dec is null ? null : "X1"), location, distance);

    public static ChildHistory Child(int id, params EpisodeFacts[] episodes) =>
        new(id, D("2014-06-01"), "M", "WBRI", false, null, episodes);

    public static ChildHistory Child(int id, string dateOfBirth, params EpisodeFacts[] episodes) =>
        new(id, D(dateOfBirth), "M", "WBRI", false, null, episodes);

    /// <summary>A child in one open foster placement since 2025-01-01.</summary>
    public static ChildHistory Settled(int id) => Child(id, Episode("2025-01-01"));

    public static MeasureSet Calculate(params ChildHistory[] children) =>
        ChildrenInCareMeasures.Calculate(children, AsAt, under18Population: 10_000);
}
