namespace CoParent.Core.Measures;

/// <summary>
/// <see cref="ChildHistoryQuery"/>'s selections over histories already in memory, so that one read of every child's
/// episodes can serve all the measures of one calculation (the Outcomes and the scorecard) instead of each feature
/// reading them again. Same rules: in care on a day means an episode started by that day and not ended before the
/// next (DEC is the day care ended, ssda903.md §2); each history keeps the episodes begun by the last day, in order.
/// </summary>
public static class ChildHistories
{
    /// <summary>The children in care on <paramref name="asAt"/>, with their episodes begun by then.</summary>
    public static IReadOnlyList<ChildHistory> InCareOn(IEnumerable<ChildHistory> all, DateOnly asAt) =>
        [.. all.Where(c => IsInCareOn(c, asAt)).Select(c => To(c, asAt))];

    /// <summary>The children in care on any day from <paramref name="from"/> to <paramref name="to"/>, with their episodes begun by <paramref name="to"/>.</summary>
    public static IReadOnlyList<ChildHistory> InCareBetween(IEnumerable<ChildHistory> all, DateOnly from, DateOnly to) =>
        [.. all.Where(c => WasInCareBetween(c, from, to)).Select(c => To(c, to))];

    /// <summary>Whether one of the child's episodes is open on <paramref name="asAt"/>.</summary>
    public static bool IsInCareOn(ChildHistory child, DateOnly asAt) => child.Episodes.Any(e => e.IsOpenOn(asAt));

    /// <summary>Whether the child was in care on any day from <paramref name="from"/> to <paramref name="to"/> (a DEC of <paramref name="from"/> counts: care ended that day).</summary>
    public static bool WasInCareBetween(ChildHistory child, DateOnly from, DateOnly to) =>
        child.Episodes.Any(e => e.Decom <= to && (e.Dec is null || e.Dec >= from));

    /// <summary>The history with only the episodes begun by <paramref name="to"/>, ordered by start (the same history when none is later).</summary>
    public static ChildHistory To(ChildHistory child, DateOnly to)
    {
        var ordered = IsOrdered(child.Episodes);
        if (ordered && child.Episodes.All(e => e.Decom <= to)) return child;
        IEnumerable<EpisodeFacts> kept = child.Episodes.Where(e => e.Decom <= to);
        if (!ordered) kept = kept.OrderBy(e => e.Decom);
        return child with { Episodes = [.. kept] };
    }

    private static bool IsOrdered(IReadOnlyList<EpisodeFacts> episodes)
    {
        for (var i = 1; i < episodes.Count; i++)
        {
            if (episodes[i].Decom < episodes[i - 1].Decom) return false;
        }
        return true;
    }
}
