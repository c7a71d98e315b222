using CoParent.Core.Strategy;

namespace CoParent.Core.Tests.Strategy;

public sealed class RagTests
{
    // Target 80% with 5 points' tolerance, higher is better: 80 and above green, 75 to 79.9 amber, below 75 red.
    [Theory]
    [InlineData(85, RagRating.Green)]
    [InlineData(80, RagRating.Green)]
    [InlineData(77.5, RagRating.Amber)]
    [InlineData(75, RagRating.Amber)]
    [InlineData(74.9, RagRating.Red)]
    public void Rate_HigherIsBetter_GreenAtTargetAmberWithinTolerance(decimal value, RagRating expected) =>
        Assert.Equal(expected, Rag.Rate(value, MeasureDirection.HigherIsBetter, 80, 5));

    // Target 10% persistent absence with 2 points' tolerance, lower is better: 10 and below green, up to 12 amber.
    [Theory]
    [InlineData(9, RagRating.Green)]
    [InlineData(10, RagRating.Green)]
    [InlineData(12, RagRating.Amber)]
    [InlineData(12.1, RagRating.Red)]
    public void Rate_LowerIsBetter_Mirrors(decimal value, RagRating expected) =>
        Assert.Equal(expected, Rag.Rate(value, MeasureDirection.LowerIsBetter, 10, 2));

    [Fact]
    public void Rate_NoTargetNoValueOrNoDirection_IsNone()
    {
        Assert.Equal(RagRating.None, Rag.Rate(50, MeasureDirection.HigherIsBetter, null, 5));
        Assert.Equal(RagRating.None, Rag.Rate(null, MeasureDirection.HigherIsBetter, 80, 5));
        Assert.Equal(RagRating.None, Rag.Rate(50, MeasureDirection.NoDirection, 80, 5));
    }

    [Fact]
    public void Rate_NoTolerance_AnyShortfallIsRed() =>
        Assert.Equal(RagRating.Red, Rag.Rate(79.9m, MeasureDirection.HigherIsBetter, 80, null));
}
