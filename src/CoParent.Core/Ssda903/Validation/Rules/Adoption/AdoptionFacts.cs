using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>Facts about adoption that several of the AD1, PlacedAdoption and episode rules share (ssda903.md §3).</summary>
public static class AdoptionFacts
{
    /// <summary>The six AD1 items the DfE asks for about an adoption, named as the DfE names them.</summary>
    public static readonly string[] Ad1Fields = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];

    /// <summary>Placement types A3 to A6: placed for adoption.</summary>
    public static bool IsPlacedForAdoption(string? place) => place is "A3" or "A4" or "A5" or "A6";

    /// <summary>REC E11 or E12: the episode ended because the child was adopted.</summary>
    public static bool IsAdopted(string? rec) => rec is "E11" or "E12";

    /// <summary>Placement types U1 to U6: foster placements.</summary>
    public static bool IsFoster(string? place) => place is "U1" or "U2" or "U3" or "U4" or "U5" or "U6";

    public static bool AnyAd1ItemGiven(Ad1Row row) =>
        !row.DateInt.IsBlank || !row.DateMatch.IsBlank || row.FosterCare is not null || row.NbAdoptr is not null
        || row.SexAdoptr is not null || row.LsAdoptr is not null;

    public static bool AllAd1ItemsGiven(Ad1Row row) =>
        !row.DateInt.IsBlank && !row.DateMatch.IsBlank && row.FosterCare is not null && row.NbAdoptr is not null
        && row.SexAdoptr is not null && row.LsAdoptr is not null;

    /// <summary>The child was adopted in the collection year: an episode ended E11/E12 with DEC inside the year.</summary>
    public static bool AdoptedInYear(EpisodeRow episode, RuleContext context) =>
        IsAdopted(episode.Rec) && episode.Dec.Date is { } dec && dec >= context.Start && dec <= context.End;

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
