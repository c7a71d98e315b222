using CoParent.Core.Ssda903;

namespace CoParent.Core.Measures;

/// <summary>
/// Outcome 1's example measures, "numbers entering care year on year" and "length of time in care", worked out from
/// the episodes as the DfE counts them (measures.md §1): a child is counted once however many times they came into
/// care in the period, and an agreed series of short breaks (legal status V3 or V4 throughout) is not care here.
/// </summary>
public static class CareJourneyMeasures
{
    /// <summary>A period of care: episodes joined while each ends on the day the next begins (or with REC X1).</summary>
    public sealed record PeriodOfCare(DateOnly Start, DateOnly? End, bool ShortBreaksOnly)
    {
        public int DaysTo(DateOnly date) => (End ?? date).DayNumber - Start.DayNumber;
    }

    /// <param name="children">Every child with an episode in the period or the same period a year before, with all their episodes.</param>
    public static IReadOnlyList<MeasureResult> Calculate(IEnumerable<ChildHistory> children, MeasurePeriod period)
    {
        var yearBefore = new MeasurePeriod(period.From.AddYears(-1), period.To.AddYears(-1));
        var started = new List<int>();
        var startedBefore = new List<int>();
        var ceased = new List<(int Child, int Days)>();
        var inCare = new List<(int Child, int Days)>();
        foreach (var child in children)
        {
            var periods = PeriodsOfCare(child.Episodes).Where(p => !p.ShortBreaksOnly).ToList();
            if (periods.Any(p => period.Contains(p.Start))) started.Add(child.ChildId);
            if (periods.Any(p => yearBefore.Contains(p.Start))) startedBefore.Add(child.ChildId);
            // The latest period to end in the period, as the DfE's "ceased during the year" tables take it.
            if (periods.LastOrDefault(p => p.End is { } end && period.Contains(end)) is { } left)
            {
                ceased.Add((child.ChildId, left.DaysTo(period.To)));
            }
            // In care on the last day: a period that began by then and had not ended.
            if (periods.LastOrDefault(p => p.Start <= period.To && (p.End is null || p.End > period.To)) is { } open)
            {
                inCare.Add((child.ChildId, period.To.DayNumber - open.Start.DayNumber));
            }
        }

        return
        [
            new("journey.started", "Children who came into care",
                "Children who started a period of care in the period, each counted once. An agreed series of short breaks (legal status V3 or V4) is not counted.",
                started.Count, started.Count, 0, MeasureUnits.Children, started),
            new("journey.started-year-before", "Children who came into care in the same period a year before",
                $"The same count for {yearBefore}, to compare year on year.",
                startedBefore.Count, startedBefore.Count, 0, MeasureUnits.Children, startedBefore),
            new("journey.ceased", "Children who left care",
                "Children whose period of care ended in the period, each counted once (short breaks not counted).",
                ceased.Count, ceased.Count, 0, MeasureUnits.Children, ceased.Select(c => c.Child).ToList()),
            new("journey.length-when-left", "Time in care of children who left care (median, days)",
                "For the children who left care in the period, the middle value of the length in days of the period of care that ended.",
                Median(ceased.Select(c => c.Days)), ceased.Count, ceased.Count, MeasureUnits.Days, ceased.Select(c => c.Child).ToList()),
            new("journey.length-in-care", "Time in care so far of children in care (median, days)",
                "For the children in care on the last day of the period, the middle value of the days since their current period of care began.",
                Median(inCare.Select(c => c.Days)), inCare.Count, inCare.Count, MeasureUnits.Days, inCare.Select(c => c.Child).ToList()),
        ];
    }

    /// <summary>The child's periods of care, oldest first.</summary>
    public static IReadOnlyList<PeriodOfCare> PeriodsOfCare(IEnumerable<EpisodeFacts> episodes)
    {
        var periods = new List<PeriodOfCare>();
        EpisodeFacts? previous = null;
        DateOnly start = default;
        var shortBreaks = true;
        foreach (var episode in episodes.OrderBy(e => e.Decom))
        {
            if (previous is not null && !CareHistory.Continues(previous, episode))
            {
                periods.Add(new PeriodOfCare(start, previous.Dec, shortBreaks));
                previous = null;
            }
            if (previous is null)
            {
                start = episode.Decom;
                shortBreaks = true;
            }
            shortBreaks &= CodeSets.IsShortBreak(episode.Ls);
            previous = episode;
        }
        if (previous is not null) periods.Add(new PeriodOfCare(start, previous.Dec, shortBreaks));
        return periods;
    }

    /// <summary>The middle value (the mean of the middle two for an even count); null when there are none.</summary>
    public static decimal? Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return null;
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }
}
