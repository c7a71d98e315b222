using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>Facts about a child's header, UASC status and motherhood that several of the Children rules share.</summary>
public static class ChildrenFacts
{
    public static bool IsFemale(HeaderRow header) => header.Sex == "F";

    public static bool IsMale(HeaderRow header) => header.Sex == "M";

    /// <summary>UN1 to UN5: the DfE's codes for a UPN that is not known, and why (ssda903.md §3).</summary>
    public static bool IsUnknownUpnCode(string? upn) => upn is "UN1" or "UN2" or "UN3" or "UN4" or "UN5";

    /// <summary>
    /// The child has an episode under a legal status other than the short-break codes V3 and V4: the DfE
    /// leaves children only ever on short breaks out of the UPN and motherhood checks.
    /// </summary>
    public static bool HasEpisodeOutsideShortBreaks(ChildReturn child)
    {
        for (var i = 0; i < child.Episodes.Count; i++)
        {
            var e = child.Episodes[i];
            if (e.Ls is not ("V3" or "V4")) return true;
        }
        return false;
    }

    /// <summary>An episode open at some point in the year: started by 31 March and not ceased before 1 April (an open episode counts).</summary>
    public static bool OpenInYear(EpisodeRow e, RuleContext context) =>
        e.Decom.Date is { } decom && decom <= context.End && (e.Dec.IsBlank || e.Dec.Date >= context.Start);

    public static bool HasCareLeaverData(ChildReturn child)
    {
        foreach (var row in child.OC3)
        {
            if (row.HasCareLeaverItems) return true;
        }
        return false;
    }

    /// <summary>Flags every row of a table for a child who has no header row (rules INT01 to INT09).</summary>
    public static void FlagIfNotInHeader<T>(ChildReturn child, IReadOnlyList<T> rows, ErrorSink errors) where T : ReturnRow
    {
        if (child.Headers.Count > 0) return;
        for (var i = 0; i < rows.Count; i++) errors.Flag(rows[i], "CHILD");
    }

    /// <summary>Flags a table's rows whose valid DOB differs from the header's valid DOB (rules INT11 to INT18).</summary>
    public static void FlagDobDifferentFromHeader<T>(ChildReturn child, IReadOnlyList<T> rows, ErrorSink errors) where T : ChildDobRow
    {
        if (child.Dob is not { } dob) return;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Dob.Date is { } other && other != dob) errors.Flag(rows[i], "DOB");
        }
    }

    /// <summary>Flags all of a child's rows in a table where the child appears more than once (rules INT31 to INT36).</summary>
    public static void FlagIfMoreThanOnce<T>(IReadOnlyList<T> rows, ErrorSink errors) where T : ReturnRow
    {
        if (rows.Count < 2) return;
        for (var i = 0; i < rows.Count; i++) errors.Flag(rows[i], "CHILD");
    }

    /// <summary>The child is recorded as UASC in the header ("1"), derived from the UASC table for CSV returns.</summary>
    public static bool IsUasc(ChildReturn? child) => child?.Header?.Uasc == "1";

    /// <summary>
    /// Last year's UASC status can be told: last year's return has its UASC table (or the header carried the
    /// status, as XML does). Without it the 205 rules cannot compare the years, so they stay silent.
    /// </summary>
    public static bool LastYearUascKnown(RuleContext context, ChildReturn? last) =>
        context.Previous?.Has(ReturnTable.Uasc) == true || last?.Header?.Uasc is not null;

    /// <summary>The first valid DUC among the child's UASC rows, if any.</summary>
    public static DateOnly? Duc(ChildReturn? child)
    {
        if (child is null) return null;
        for (var i = 0; i < child.Uasc.Count; i++)
        {
            var row = child.Uasc[i];
            if (row.Duc.Date is { } duc) return duc;
        }
        return null;
    }

    /// <summary>Any DUC written (valid or not) among the child's UASC rows.</summary>
    public static bool HasDuc(ChildReturn? child)
    {
        if (child is null) return false;
        for (var i = 0; i < child.Uasc.Count; i++)
        {
            var row = child.Uasc[i];
            if (!row.Duc.IsBlank) return true;
        }
        return false;
    }
}
