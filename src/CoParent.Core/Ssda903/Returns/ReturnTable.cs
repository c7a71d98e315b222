namespace CoParent.Core.Ssda903.Returns;

/// <summary>The twelve tables of the SSDA903 return (ssda903.md §2), named as the DfE's tools name them.</summary>
public enum ReturnTable
{
    Header,
    Episodes,
    Uasc,
    Reviews,
    OC2,
    OC3,
    AD1,
    PlacedAdoption,
    PrevPerm,
    Missing,
    SWEpisodes,
    DoLo,
}

/// <summary>
/// A table's columns in the DfE's order and its usual file name. A table is recognised by the set of its
/// column names, in any order; the file name is only a convention (ssda903.md §2).
/// </summary>
public sealed record TableSchema(ReturnTable Table, string FileName, IReadOnlyList<string> Columns, int FirstYear = 0)
{
    public string Name => Table.ToString();

    public bool IsInYear(int year) => year >= FirstYear;

    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], column, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }
}

public static class TableSchemas
{
    public static readonly TableSchema Header = new(ReturnTable.Header, "header.csv",
        ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"]);

    public static readonly TableSchema Episodes = new(ReturnTable.Episodes, "episodes.csv",
        ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"]);

    public static readonly TableSchema Uasc = new(ReturnTable.Uasc, "uasc.csv", ["CHILD", "SEX", "DOB", "DUC"]);

    public static readonly TableSchema Reviews = new(ReturnTable.Reviews, "reviews.csv", ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"]);

    public static readonly TableSchema OC2 = new(ReturnTable.OC2, "oc2.csv",
        ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
         "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"]);

    public static readonly TableSchema OC3 = new(ReturnTable.OC3, "oc3.csv", ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"]);

    public static readonly TableSchema AD1 = new(ReturnTable.AD1, "ad1.csv",
        ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]);

    public static readonly TableSchema PlacedAdoption = new(ReturnTable.PlacedAdoption, "placed_for_adoption.csv",
        ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"]);

    public static readonly TableSchema PrevPerm = new(ReturnTable.PrevPerm, "previous_permanence.csv",
        ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"]);

    public static readonly TableSchema Missing = new(ReturnTable.Missing, "missing.csv", ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"]);

    public static readonly TableSchema SWEpisodes = new(ReturnTable.SWEpisodes, "sw_episodes.csv",
        ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"]);

    /// <summary>Deprivation of Liberty Orders: collected from 2026/27.</summary>
    public static readonly TableSchema DoLo = new(ReturnTable.DoLo, "DoLo.csv", ["CHILD", "DOB", "DOLO_START", "DOLO_END"], FirstYear: 2027);

    public static readonly IReadOnlyList<TableSchema> All =
        [Header, Episodes, Uasc, Reviews, OC2, OC3, AD1, PlacedAdoption, PrevPerm, Missing, SWEpisodes, DoLo];

    public static TableSchema For(ReturnTable table) => All[(int)table];

    /// <summary>The tables a collection year's return must contain.</summary>
    public static IEnumerable<TableSchema> ForYear(int year) => All.Where(t => t.IsInYear(year));

    /// <summary>The table whose column set is exactly these names (any order, any case), or null.</summary>
    public static TableSchema? Recognise(IReadOnlyCollection<string> columns)
    {
        var set = new HashSet<string>(columns.Select(c => c.Trim()), StringComparer.OrdinalIgnoreCase);
        return All.FirstOrDefault(t => t.Columns.Count == set.Count && t.Columns.All(set.Contains));
    }

    /// <summary>The table sharing most columns with these names, to say what a file looks like when it is not exact.</summary>
    public static TableSchema? Closest(IReadOnlyCollection<string> columns)
    {
        var set = new HashSet<string>(columns.Select(c => c.Trim()), StringComparer.OrdinalIgnoreCase);
        var best = All.Select(t => (Table: t, Score: t.Columns.Count(set.Contains) - (t.Columns.Count * 0.01)))
            .OrderByDescending(x => x.Score).First();
        return best.Score >= 2 ? best.Table : null;
    }
}
