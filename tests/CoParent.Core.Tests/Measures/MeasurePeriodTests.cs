using CoParent.Core.Measures;

namespace CoParent.Core.Tests.Measures;

public class MeasurePeriodTests
{
    [Fact]
    public void YearToMarchContaining_November_IsAprilToMarch() =>
        Assert.Equal(new MeasurePeriod(new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31)),
            MeasurePeriod.YearToMarchContaining(new DateOnly(2026, 11, 23)));

    [Fact]
    public void Previous_OfAQuarter_IsTheQuarterBefore() =>
        Assert.Equal(new MeasurePeriod(new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)),
            MeasurePeriod.QuarterContaining(new DateOnly(2026, 11, 23)).Previous());

    [Fact]
    public void Previous_OfAYear_IsTheYearBefore() =>
        Assert.Equal(MeasurePeriod.YearToMarch(2026), MeasurePeriod.YearToMarch(2027).Previous());

    [Fact]
    public void Overlaps_SomethingStillGoing_TouchesLaterPeriods()
    {
        var period = new MeasurePeriod(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30));
        Assert.True(period.Overlaps(new DateOnly(2025, 1, 1), null));
        Assert.False(period.Overlaps(new DateOnly(2025, 1, 1), new DateOnly(2026, 3, 31)));
        Assert.False(period.Overlaps(new DateOnly(2026, 7, 1), null));
    }
}
