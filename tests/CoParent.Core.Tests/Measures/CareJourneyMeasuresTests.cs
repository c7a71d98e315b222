using CoParent.Core.Measures;
using static CoParent.Core.Tests.Measures.Histories;

namespace CoParent.Core.Tests.Measures;

public class CareJourneyMeasuresTests
{
    private static readonly MeasurePeriod Year = MeasurePeriod.YearToMarch(2026);

    /// <summary>
    /// Year 1 April 2025 to 31 March 2026:
    /// 1: came into care 1 May 2025, still in care: 334 days on 31 March.
    /// 2: came into care 1 June 2024 (a year before), moved placement, left 30 September 2025 after 486 days.
    /// 3: came in 1 July 2025, left 1 August (31 days), came back 1 December: one child coming in, 120 days on 31 March.
    /// 4: short breaks (V3) only: not counted.
    /// 5: in care since 1 January 2020: 2,281 days on 31 March 2026.
    /// Came in: 1 and 3 (2). A year before: 2 (1). Left: 2 and 3; median of 31 and 486 = 258.5.
    /// In care on 31 March: 1, 3, 5; median of 120, 334 and 2,281 = 334.
    /// </summary>
    private static readonly ChildHistory[] Children =
    [
        Child(1, Episode("2025-05-01")),
        Child(2, Episode("2024-06-01", "2025-01-10"), Episode("2025-01-10", "2025-09-30", rne: "P", rec: "E11")),
        Child(3, Episode("2025-07-01", "2025-08-01", rec: "E13"), Episode("2025-12-01")),
        Child(4, Episode("2025-06-01", "2025-06-03", ls: "V3", rec: "E13")),
        Child(5, Episode("2020-01-01")),
    ];

    private static MeasureResult Find(string id) => CareJourneyMeasures.Calculate(Children, Year).Single(m => m.Id == id);

    [Fact]
    public void Started_CountsEachChildOnceAndLeavesOutShortBreaks()
    {
        var started = Find("journey.started");
        Assert.Equal(2, started.Value);
        Assert.Equal([1, 3], started.ChildIds);
    }

    [Fact]
    public void StartedYearBefore_CountsTheSamePeriodAYearEarlier() =>
        Assert.Equal([2], Find("journey.started-year-before").ChildIds);

    [Fact]
    public void LengthWhenLeft_IsTheMedianOfTheEndedPeriods()
    {
        var left = Find("journey.length-when-left");
        Assert.Equal(258.5m, left.Value);
        Assert.Equal(2, left.Denominator);
        Assert.Equal(2, Find("journey.ceased").Value);
    }

    [Fact]
    public void LengthInCare_IsTheMedianSinceTheCurrentPeriodBegan()
    {
        var now = Find("journey.length-in-care");
        Assert.Equal(334m, now.Value);
        Assert.Equal([1, 3, 5], now.ChildIds);
    }

    [Fact]
    public void PeriodsOfCare_AMoveWithinCare_IsOnePeriod() =>
        Assert.Single(CareJourneyMeasures.PeriodsOfCare(Children[1].Episodes));

    [Fact]
    public void Median_NoValues_IsNull() => Assert.Null(CareJourneyMeasures.Median([]));
}
