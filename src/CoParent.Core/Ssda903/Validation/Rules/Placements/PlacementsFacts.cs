using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>Facts about placements, postcodes, providers and last year's return that several placement rules share.</summary>
public static class PlacementsFacts
{
    /// <summary>The URN the DfE accepts when a provider has no Ofsted URN (ssda903.md §3).</summary>
    public const string PlaceholderUrn = "XXXXXXX";

    /// <summary>A URN given that is not the placeholder, so it can be looked up in Ofsted's lists.</summary>
    public static bool HasRealUrn(EpisodeRow episode) =>
        !string.IsNullOrWhiteSpace(episode.Urn) && episode.Urn != PlaceholderUrn;

    /// <summary>Placement types that take no Ofsted URN (ssda903.md §3, rules 218 and 222).</summary>
    public static bool TakesNoUrn(string? place) =>
        place is "P1" or "P3" or "R1" or "R2" or "R5" or "T0" or "T1" or "T2" or "T3" or "T4" or "Z11" or "Z12" or "Z13" or "Z14";

    /// <summary>
    /// The child is or was an unaccompanied asylum-seeking child: in this year's UASC table or header, or last
    /// year's. The DfE exempts them from distance and postcode rules (392a, 392b, 164, 406).
    /// </summary>
    public static bool IsOrWasUasc(ChildReturn child, RuleContext context) =>
        HasUasc(child) || (context.LastYear(child) is { } last && HasUasc(last));

    private static bool HasUasc(ChildReturn child)
    {
        if (child.Uasc.Count > 0) return true;
        foreach (var header in child.Headers)
        {
            if (header.Uasc == "1") return true;
        }
        return false;
    }

    /// <summary>
    /// A code appears in one of Ofsted's code lists, written as Ofsted writes them ("K2", "K1/K2", "PR1,PR2").
    /// </summary>
    public static bool ListsCode(string? list, string? code)
    {
        if (string.IsNullOrWhiteSpace(list) || string.IsNullOrWhiteSpace(code)) return false;
        var rest = list.AsSpan();
        while (rest.Length > 0)
        {
            var cut = rest.IndexOfAny(Separators);
            var part = (cut < 0 ? rest : rest[..cut]).Trim();
            if (part.Equals(code, StringComparison.OrdinalIgnoreCase)) return true;
            rest = cut < 0 ? [] : rest[(cut + 1)..];
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(",/; ");

    /// <summary>The child's first episode this year (earliest DECOM), when its DECOM can be read.</summary>
    public static EpisodeRow? FirstEpisode(ChildReturn child) =>
        child.Episodes is { Count: > 0 } episodes && episodes[0].Decom.HasDate ? episodes[0] : null;

    /// <summary>The child's latest episode (latest DECOM that can be read) in a return, usually last year's.</summary>
    public static EpisodeRow? LatestEpisode(ChildReturn? child)
    {
        if (child is null) return null;
        var episodes = child.Episodes;
        for (var i = episodes.Count - 1; i >= 0; i--)
        {
            if (episodes[i].Decom.HasDate) return episodes[i];
        }
        return null;
    }

    /// <summary>
    /// The pair the 503 rules compare: this year's first episode and last year's latest episode, when that one
    /// was still open at 31 March (no DEC). Null when the child was not open at the end of last year.
    /// </summary>
    public static (EpisodeRow First, EpisodeRow LastYear)? ContinuedFromLastYear(ChildReturn child, RuleContext context)
    {
        if (FirstEpisode(child) is not { } first) return null;
        if (LatestEpisode(context.LastYear(child)) is not { } last || !last.Dec.IsBlank) return null;
        return (first, last);
    }

    /// <summary>PL_LA can be judged: either the lookup ran or there was no PL_POST to look up.</summary>
    public static bool PlacementLookupRan(EpisodeRow episode) =>
        string.IsNullOrWhiteSpace(episode.PlPost) || episode.PlPostKnown is not null;

    /// <summary>PL_DISTANCE can be judged: the lookup ran for both postcodes given.</summary>
    public static bool DistanceLookupRan(EpisodeRow episode) =>
        (string.IsNullOrWhiteSpace(episode.HomePost) || episode.HomePostKnown is not null)
        && (string.IsNullOrWhiteSpace(episode.PlPost) || episode.PlPostKnown is not null);
}
