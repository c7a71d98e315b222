namespace CoParent.Core.Strategy;

/// <summary>Which way a measure should move. Context figures (how many came into care) have no better way.</summary>
public enum MeasureDirection
{
    NoDirection = 0,
    HigherIsBetter = 1,
    LowerIsBetter = 2,
}

/// <summary>The Panel's red / amber / green: None when there is no target, no figure or no better direction.</summary>
public enum RagRating
{
    None = 0,
    Green = 1,
    Amber = 2,
    Red = 3,
}

public static class Rag
{
    /// <summary>
    /// Green when the value meets the target; amber when it misses it by no more than the tolerance; red beyond
    /// that. "Meets" follows the measure's direction, so a lower-is-better measure is green at or below target.
    /// A missing tolerance means none: anything short of the target is red.
    /// </summary>
    public static RagRating Rate(decimal? value, MeasureDirection direction, decimal? target, decimal? tolerance)
    {
        if (value is not { } v || target is not { } t || direction == MeasureDirection.NoDirection) return RagRating.None;
        var shortfall = direction == MeasureDirection.HigherIsBetter ? t - v : v - t;
        if (shortfall <= 0) return RagRating.Green;
        return shortfall <= Math.Abs(tolerance ?? 0) ? RagRating.Amber : RagRating.Red;
    }

    public static string Describe(RagRating rating) => rating switch
    {
        RagRating.Green => "Green: on target",
        RagRating.Amber => "Amber: close to target",
        RagRating.Red => "Red: off target",
        _ => "No rating",
    };

    public static string Describe(MeasureDirection direction) => direction switch
    {
        MeasureDirection.HigherIsBetter => "Higher is better",
        MeasureDirection.LowerIsBetter => "Lower is better",
        _ => "Neither: a figure for context",
    };
}
