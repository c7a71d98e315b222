using System.Globalization;

namespace CoParent.Core.Measures;

/// <summary>A figure as shown to a reader: a number, or "c" when it is suppressed to protect confidentiality.</summary>
public readonly record struct Figure(decimal? Number, bool Suppressed)
{
    public override string ToString() => Suppressed ? Suppression.Symbol
        : Number?.ToString("#,##0.#", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>A measure as a reader may see it, after suppression.</summary>
public sealed record ShownMeasure(MeasureResult Measure, Figure Value, Figure Numerator, Figure Denominator)
{
    public bool AnySuppressed => Value.Suppressed || Numerator.Suppressed || Denominator.Suppressed;
}

/// <summary>
/// The DfE's confidentiality rule for local authority figures (measures.md §11): a count of 1 to 5 is shown as
/// "c", and so is any percentage whose numerator is 1 to 5 or whose denominator is under 6. Zero is shown as 0.
/// Used for councillors, who see aggregates only. Secondary suppression (working a hidden figure out from a
/// total) is not attempted.
/// </summary>
public static class Suppression
{
    public const string Symbol = "c";

    public static bool IsSmall(int count) => count is >= 1 and <= 5;

    public static ShownMeasure Apply(MeasureResult measure)
    {
        if (measure.Unit == MeasureUnits.Meetings) return None(measure);
        var numeratorSmall = IsSmall(measure.Numerator);
        var valueSuppressed = numeratorSmall || (measure.Unit == MeasureUnits.Percent && measure.Denominator < 6);
        return new ShownMeasure(measure,
            new Figure(valueSuppressed ? null : measure.Value, valueSuppressed),
            new Figure(numeratorSmall ? null : measure.Numerator, numeratorSmall),
            new Figure(IsSmall(measure.Denominator) ? null : measure.Denominator, IsSmall(measure.Denominator)));
    }

    /// <summary>No suppression: for people who may see the children's records anyway, and for operators.</summary>
    public static ShownMeasure None(MeasureResult measure) =>
        new(measure, new Figure(measure.Value, false), new Figure(measure.Numerator, false), new Figure(measure.Denominator, false));
}
