using System.Globalization;

namespace CoParent.Core.Measures;

/// <summary>The JSON shape shared by <c>GET /api/measures</c> and <c>coparent measures --json</c>.</summary>
public sealed record MeasuresResponse(string AsAt, IReadOnlyList<MeasureJson> Measures)
{
    public static MeasuresResponse From(MeasureSet set, bool suppress) =>
        new(set.AsAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            set.Measures.Select(m => MeasureJson.From(suppress ? Suppression.Apply(m) : Suppression.None(m))).ToList());
}

/// <summary>One measure. Value, numerator and denominator are numbers, or the string "c" when suppressed.</summary>
public sealed record MeasureJson(string Id, string Name, object? Value, object? Numerator, object? Denominator, string Unit)
{
    public static MeasureJson From(ShownMeasure shown) =>
        new(shown.Measure.Id, shown.Measure.Name, Json(shown.Value), Json(shown.Numerator), Json(shown.Denominator), shown.Measure.Unit);

    private static object? Json(Figure figure) => figure.Suppressed ? Suppression.Symbol : figure.Number;
}
