using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Missing;

/// <summary>A period of care: from the first episode's DECOM to the last episode's DEC (null while it is open).</summary>
public readonly record struct PeriodOfCare(DateOnly Start, DateOnly? End)
{
    /// <summary>The date falls in the period: on or after its start and, once it has ended, on or before its end.</summary>
    public bool Contains(DateOnly date) => date >= Start && (End is not { } end || date <= end);
}

/// <summary>Facts the missing-period rules (and the DoLO rules modelled on them) share.</summary>
public static class MissingFacts
{
    /// <summary>
    /// The child's periods of care: episodes in DECOM order run together while each starts on or before the day the
    /// one before it ended (or the one before it is still open); a gap starts a new period. Episodes whose DECOM
    /// cannot be read are left out.
    /// </summary>
    public static List<PeriodOfCare> PeriodsOfCare(ChildReturn child)
    {
        var periods = new List<PeriodOfCare>(1);
        DateOnly? start = null;
        DateOnly? end = null;
        foreach (var episode in child.Episodes)
        {
            if (episode.Decom.Date is not { } decom) continue;
            if (start is null)
            {
                start = decom;
            }
            else if (end is { } previousEnd && decom > previousEnd)
            {
                periods.Add(new PeriodOfCare(start.Value, end));
                start = decom;
            }
            end = episode.Dec.Date;
        }
        if (start is not null) periods.Add(new PeriodOfCare(start.Value, end));
        return periods;
    }

    /// <summary>
    /// Rows (by index in <paramref name="starts"/>) that begin while the period before them is open or before it ends,
    /// with periods ordered by their end (an open period ordered by its start) as the DfE's overlap rules do.
    /// </summary>
    public static void FlagOverlaps(ReadOnlySpan<(DateOnly Start, DateOnly? End, int Index)> periods, List<int> flagged)
    {
        if (periods.Length < 2) return;
        var sorted = periods.ToArray();
        Array.Sort(sorted, static (a, b) =>
        {
            var byEnd = (a.End ?? a.Start).CompareTo(b.End ?? b.Start);
            if (byEnd != 0) return byEnd;
            var byStart = a.Start.CompareTo(b.Start);
            return byStart != 0 ? byStart : a.Index.CompareTo(b.Index);
        });
        for (var i = 1; i < sorted.Length; i++)
        {
            var previous = sorted[i - 1];
            if (previous.End is not { } previousEnd || sorted[i].Start < previousEnd) flagged.Add(sorted[i].Index);
        }
    }
}
