using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Dolo;

/// <summary>Facts the Deprivation of Liberty Order rules (700 to 710, from 2026/27) share.</summary>
public static class DoloFacts
{
    /// <summary>
    /// The episodes in place while the order was: an episode covers the days from its DECOM up to the day before
    /// its DEC (the child moves on DEC), and the order the days from DOLO_START up to the day before DOLO_END;
    /// either lasts at least its first day. Open episodes and orders run on. Unreadable dates match nothing.
    /// </summary>
    public static bool Overlaps(DoloRow order, EpisodeRow episode)
    {
        if (order.DoloStart.Date is not { } start || order.DoloEnd.IsInvalid) return false;
        if (episode.Decom.Date is not { } decom || episode.Dec.IsInvalid) return false;
        var orderEnd = End(start, order.DoloEnd.Date);
        var episodeEnd = End(decom, episode.Dec.Date);
        return decom < orderEnd && start < episodeEnd;
    }

    private static DateOnly End(DateOnly start, DateOnly? end) =>
        end is { } e ? (e > start ? e : start.AddDays(1)) : DateOnly.MaxValue;

    /// <summary>Flags each order and each episode in place during it whose PLACE the predicate rejects.</summary>
    public static void FlagPlacements(ChildReturn child, ErrorSink errors, Func<string?, bool> rejected)
    {
        foreach (var order in child.DoLo)
        {
            var orderFlagged = false;
            foreach (var episode in child.Episodes)
            {
                if (!Overlaps(order, episode) || !rejected(episode.Place)) continue;
                if (!orderFlagged)
                {
                    errors.Flag(order, "DOLO_START");
                    orderFlagged = true;
                }
                errors.Flag(episode, "PLACE");
            }
        }
    }
}
