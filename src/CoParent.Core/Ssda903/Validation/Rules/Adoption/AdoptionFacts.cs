using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>Facts about adoption that several of the AD1, PlacedAdoption and episode rules share (ssda903.md §3).</summary>
public static class AdoptionFacts
{
    public static bool AllAd1ItemsGiven(Ad1Row row) =>
        !row.DateInt.IsBlank && !row.DateMatch.IsBlank && row.FosterCare is not null && row.NbAdoptr is not null
        && row.SexAdoptr is not null && row.LsAdoptr is not null;

    /// <summary>The child was adopted in the collection year: an episode ended E11/E12 with DEC inside the year.</summary>
    public static bool AdoptedInYear(EpisodeRow episode, RuleContext context) =>
        CodeSets.IsAdopted(episode.Rec) && episode.Dec.Date is { } dec && dec >= context.Start && dec <= context.End;

    /// <summary>The earliest episode (by DECOM, first in file order on a tie) that matches, among those with a readable DECOM.</summary>
    public static EpisodeRow? First(ChildReturn child, Func<EpisodeRow, bool> match)
    {
        foreach (var e in child.Episodes)
        {
            if (e.Decom.Date is not null && match(e)) return e;
        }
        return null;
    }

    /// <summary>The latest episode (by DECOM, first in file order on a tie) that matches, among those with a readable DECOM.</summary>
    public static EpisodeRow? Last(ChildReturn child, Func<EpisodeRow, bool> match)
    {
        EpisodeRow? latest = null;
        foreach (var e in child.Episodes)
        {
            if (e.Decom.Date is { } decom && match(e) && (latest is null || decom > latest.Decom.Date)) latest = e;
        }
        return latest;
    }
}
