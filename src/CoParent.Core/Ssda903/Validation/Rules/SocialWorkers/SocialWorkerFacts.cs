using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;

/// <summary>Facts the social-worker episode rules share.</summary>
public static class SocialWorkerFacts
{
    /// <summary>Social-worker episodes were first collected from 1 April 2023 (the 2023/24 return); SW_REASON is required from then.</summary>
    public static readonly DateOnly ReasonRequiredFrom = new(2023, 4, 1);

    /// <summary>SW_REASON code set (ssda903.md §3).</summary>
    public static bool IsReason(string? code) =>
        code is "MANAGE" or "FCONTA" or "LEFTRL" or "ORGRST" or "TSPROC" or "ABSENC" or "CHCHAN" or "PCCHAN" or "SWDIED" or "OTHERS";

    /// <summary>The social-worker reporting period starts a year before the collection year: SW episodes cover two years.</summary>
    public static DateOnly ReportingStart(RuleContext context) => context.Start.AddYears(-1);

    /// <summary>
    /// The child's episodes with a readable SW_DECOM, ordered by SW_DECOM then SW_DEC (open last) then row; null
    /// when there are none. Rules that need neighbours use this; most children have one to three.
    /// </summary>
    public static SwEpisodeRow[]? InOrder(ChildReturn child)
    {
        var rows = child.SWEpisodes;
        var count = 0;
        foreach (var row in rows) if (row.SwDecom.HasDate) count++;
        if (count == 0) return null;
        var ordered = new SwEpisodeRow[count];
        var i = 0;
        foreach (var row in rows) if (row.SwDecom.HasDate) ordered[i++] = row;
        if (count > 1)
        {
            Array.Sort(ordered, static (a, b) =>
            {
                var byStart = a.SwDecom.Date!.Value.CompareTo(b.SwDecom.Date!.Value);
                if (byStart != 0) return byStart;
                var byEnd = (a.SwDec.Date ?? DateOnly.MaxValue).CompareTo(b.SwDec.Date ?? DateOnly.MaxValue);
                return byEnd != 0 ? byEnd : a.Row.CompareTo(b.Row);
            });
        }
        return ordered;
    }

    /// <summary>The child's latest social-worker episode by SW_DECOM (the first in file order among equals), or null.</summary>
    public static SwEpisodeRow? Latest(ChildReturn child)
    {
        SwEpisodeRow? latest = null;
        foreach (var row in child.SWEpisodes)
        {
            if (row.SwDecom.Date is { } start && (latest is null || start > latest.SwDecom.Date)) latest = row;
        }
        return latest;
    }
}
