using CoParent.Core.Ssda903;

namespace CoParent.Core.Measures;

/// <summary>A run of episodes with the same carer(s): one placement in the DfE's stability counts.</summary>
public sealed record Placement(DateOnly Start, DateOnly? End, bool IsTemporary)
{
    /// <summary>True when the child was in this placement on any day from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public bool Overlaps(DateOnly from, DateOnly to) => Start <= to && (End is null || End >= from);
}

/// <summary>
/// Placements and periods of care read from a child's SSDA903 episodes. A new episode starts whenever the legal
/// status, the placement or both change; RNE says which (ssda903.md §3, measures.md §12 "RNE semantics").
/// </summary>
public static class CareHistory
{
    /// <summary>
    /// RNE S (started to be looked after), P (new placement and carer) and B (new legal status, placement and carer)
    /// start a placement; L (legal status only), T and U (same carer) continue it. Counting placements, not
    /// episodes, is the DfE stability measures' rule (measures.md §2). A run made only of temporary placements
    /// (PLACE T0 to T4: hospital, holidays, short stays) is marked temporary and is not counted.
    /// </summary>
    public static IReadOnlyList<Placement> Placements(IEnumerable<EpisodeFacts> episodes, DateOnly asAt)
    {
        var placements = new List<Placement>();
        DateOnly? start = null;
        DateOnly? end = null;
        var allTemporary = true;
        foreach (var episode in InOrder(episodes))
        {
            if (episode.Decom > asAt) break;
            if (start is not null && StartsPlacement(episode.Rne))
            {
                placements.Add(new Placement(start.Value, end, allTemporary));
                start = null;
            }
            if (start is null)
            {
                start = episode.Decom;
                allTemporary = true;
            }
            end = episode.Dec;
            allTemporary &= CodeSets.IsTemporary(episode.Place);
        }
        if (start is not null) placements.Add(new Placement(start.Value, end, allTemporary));
        return placements;
    }

    public static bool StartsPlacement(string rne) => rne is "S" or "P" or "B";

    /// <summary>The episode open on the date, if any (an episode ending on the date is not open on it).</summary>
    public static EpisodeFacts? OpenEpisode(IEnumerable<EpisodeFacts> episodes, DateOnly asAt)
    {
        EpisodeFacts? open = null;
        foreach (var episode in episodes)
        {
            if (episode.IsOpenOn(asAt) && (open is null || episode.Decom > open.Decom)) open = episode;
        }
        return open;
    }

    /// <summary>
    /// The first day of the period of care open on the date: episodes are one period while each ends with REC X1
    /// or on the day the next begins (ssda903.md §4, "continuously looked after"). Null when not in care.
    /// </summary>
    public static DateOnly? PeriodOfCareStart(IEnumerable<EpisodeFacts> episodes, DateOnly asAt)
    {
        var ordered = InOrder(episodes);
        var open = -1;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].IsOpenOn(asAt)) open = i;
        }
        if (open < 0) return null;
        var start = open;
        while (start > 0 && Continues(ordered[start - 1], ordered[start]))
        {
            start--;
        }
        return ordered[start].Decom;
    }

    /// <summary>The episodes by start date: as they come when already in order (the loading query sorts them), else sorted.</summary>
    private static IReadOnlyList<EpisodeFacts> InOrder(IEnumerable<EpisodeFacts> episodes)
    {
        var list = episodes as IReadOnlyList<EpisodeFacts> ?? episodes.ToList();
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i - 1].Decom > list[i].Decom) return list.OrderBy(e => e.Decom).ToList();
        }
        return list;
    }

    public static bool Continues(EpisodeFacts previous, EpisodeFacts next) =>
        previous.Dec == next.Decom || (previous.Rec == "X1" && previous.Dec is not null && previous.Dec <= next.Decom);
}
