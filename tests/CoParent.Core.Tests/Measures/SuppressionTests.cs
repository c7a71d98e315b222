using CoParent.Core.Measures;

namespace CoParent.Core.Tests.Measures;

public class SuppressionTests
{
    private static MeasureResult Percent(int numerator, int denominator) =>
        new("x", "X", "", denominator == 0 ? null : Math.Round(numerator * 100m / denominator, 1), numerator, denominator, MeasureUnits.Percent, []);

    private static MeasureResult Count(int count) => new("x", "X", "", count, count, 0, MeasureUnits.Children, []);

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Apply_CountOf1To5_IsShownAsC(int count)
    {
        var shown = Suppression.Apply(Count(count));

        Assert.Equal("c", shown.Value.ToString());
        Assert.Equal("c", shown.Numerator.ToString());
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(6, "6")]
    [InlineData(1234, "1,234")]
    public void Apply_CountOf0Or6OrMore_IsShown(int count, string expected)
    {
        var shown = Suppression.Apply(Count(count));

        Assert.False(shown.AnySuppressed);
        Assert.Equal(expected, shown.Value.ToString());
    }

    [Fact]
    public void Apply_PercentageWithNumeratorOf3_IsSuppressed()
    {
        // 3 of 40 = 7.5%: 3 could identify children => "c" for the value and the numerator; 40 stays.
        var shown = Suppression.Apply(Percent(3, 40));

        Assert.Equal("c", shown.Value.ToString());
        Assert.Equal("c", shown.Numerator.ToString());
        Assert.Equal("40", shown.Denominator.ToString());
    }

    [Fact]
    public void Apply_PercentageWithDenominatorUnder6_IsSuppressed()
    {
        // 0 of 4 = 0%: the numerator 0 may be shown, but a percentage of 4 children is not.
        var shown = Suppression.Apply(Percent(0, 4));

        Assert.Equal("c", shown.Value.ToString());
        Assert.Equal("0", shown.Numerator.ToString());
        Assert.Equal("c", shown.Denominator.ToString());
    }

    [Fact]
    public void Apply_PercentageOfLargerNumbers_IsShown()
    {
        // 6 of 8 = 75%.
        var shown = Suppression.Apply(Percent(6, 8));

        Assert.False(shown.AnySuppressed);
        Assert.Equal("75", shown.Value.ToString());
    }

    [Fact]
    public void Apply_RateWithSmallCount_IsSuppressedButPopulationShown()
    {
        var rate = new MeasureResult("cla.rate-per-10000", "Rate", "", 0.1m, 4, 322_000, MeasureUnits.Per10000, []);

        var shown = Suppression.Apply(rate);

        Assert.Equal("c", shown.Value.ToString());
        Assert.Equal("322,000", shown.Denominator.ToString());
    }

    [Fact]
    public void None_ShowsEverything()
    {
        var shown = Suppression.None(Percent(1, 2));

        Assert.False(shown.AnySuppressed);
        Assert.Equal("50", shown.Value.ToString());
    }

    [Fact]
    public void Apply_ACountOfMeetings_IsNotAboutChildrenSoIsShown()
    {
        var meetings = new MeasureResult("voice.meetings", "Meetings", "", 3, 3, 0, MeasureUnits.Meetings, []);

        Assert.False(Suppression.Apply(meetings).AnySuppressed);
    }
}
