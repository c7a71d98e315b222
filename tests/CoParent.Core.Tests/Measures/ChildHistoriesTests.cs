using CoParent.Core.Measures;
using static CoParent.Core.Tests.Measures.Histories;

namespace CoParent.Core.Tests.Measures;

public sealed class ChildHistoriesTests
{
    // Four children around 31 March 2026:
    // 1 came into care on 1 Jan 2025 and is still in care;
    // 2 left care on 31 March 2026 (DEC 31 March: their last day in care was the 30th);
    // 3 left on 1 April 2026 and came back on 1 May 2026 (the second episode is after the day);
    // 4 first came into care on 1 April 2026.
    private static readonly ChildHistory[] Four =
    [
        Child(1, Episode("2025-01-01")),
        Child(2, Episode("2024-05-01", "2026-03-31")),
        Child(3, Episode("2026-05-01"), Episode("2023-02-01", "2026-04-01")),
        Child(4, Episode("2026-04-01")),
    ];

    [Fact]
    public void InCareOn_31March_IsTheChildrenWithAnEpisodeOpenThatDay()
    {
        var inCare = ChildHistories.InCareOn(Four, AsAt);

        Assert.Equal([1, 3], inCare.Select(c => c.ChildId));
    }

    [Fact]
    public void InCareOn_KeepsOnlyTheEpisodesBegunByTheDayInOrder()
    {
        var three = ChildHistories.InCareOn(Four, AsAt).Single(c => c.ChildId == 3);

        Assert.Equal([D("2023-02-01")], three.Episodes.Select(e => e.Decom));
    }

    [Fact]
    public void InCareBetween_TheLastDayOfMarchAndApril_IncludesTheChildWhoLeftOnTheFirstDayAndTheOneWhoCameIn()
    {
        // Child 2's DEC of 31 March is in the period (their care ended that day), as in ChildHistoryQuery.InCareBetween.
        var inCare = ChildHistories.InCareBetween(Four, D("2026-03-31"), D("2026-04-30"));

        Assert.Equal([1, 2, 3, 4], inCare.Select(c => c.ChildId));
        Assert.Single(inCare.Single(c => c.ChildId == 3).Episodes);
    }

    [Fact]
    public void InCareBetween_April2026_LeavesOutTheChildWhoLeftBeforeIt()
    {
        var inCare = ChildHistories.InCareBetween(Four, D("2026-04-01"), D("2026-04-30"));

        Assert.Equal([1, 3, 4], inCare.Select(c => c.ChildId));
    }

    [Fact]
    public void To_AHistoryAlreadyInOrderWithNothingLater_IsTheSameHistory()
    {
        var one = Four[0];

        Assert.Same(one, ChildHistories.To(one, AsAt));
    }
}
