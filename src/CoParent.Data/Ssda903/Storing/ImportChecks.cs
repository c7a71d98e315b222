using CoParent.Core.CareEpisodes;
using CoParent.Core.Children;
using CoParent.Core.Ssda903.Returns;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CoParent.Data.Ssda903.Storing;

/// <summary>
/// Finds everything in a return that would stop it being stored as records: what the DfE's own checks would
/// not let through either (invalid dates, a blank or unknown child, duplicate children or episodes), plus what the
/// records cannot hold (a blank key date, a value longer than its column, a MOTHER that is not 0 or 1).
/// Codes and data-quality rules that records can hold are left to validation.
/// </summary>
public static class ImportChecks
{
    public const string InvalidDate = "IMPORT-DATE";
    public const string ChildBlank = "IMPORT-CHILD-BLANK";
    public const string ChildNotInHeader = "IMPORT-CHILD-NOT-IN-HEADER";
    public const string ChildTwiceInHeader = "IMPORT-CHILD-DUPLICATE";
    public const string DuplicateDecom = "IMPORT-DECOM-DUPLICATE";
    public const string DuplicateKey = "IMPORT-KEY-DUPLICATE";
    public const string KeyBlank = "IMPORT-KEY-BLANK";
    public const string TooLong = "IMPORT-TOO-LONG";
    public const string MotherNotStorable = "IMPORT-MOTHER";

    public static List<ImportProblem> Find(Ssda903Return ret, IModel model)
    {
        var problems = new List<ImportProblem>();
        var limits = Limits(model);
        var headerFile = ret.Table(ReturnTable.Header)?.File ?? TableSchemas.Header.FileName;

        var inHeader = new HashSet<string>(StringComparer.Ordinal);
        foreach (var header in ret.Header)
        {
            if (header.Child.Length > 0 && !inHeader.Add(header.Child))
            {
                problems.Add(new(headerFile, header.Row, "CHILD", ChildTwiceInHeader, "This child is already in the Header table: each child has one header row."));
            }
        }

        foreach (var table in ret.Tables)
        {
            var keys = new HashSet<(string, DateOnly?)>();
            var tableLimits = limits.GetValueOrDefault(table.Schema.Table) ?? [];
            foreach (var row in table.Rows)
            {
                void Flag(string column, string code, string message) => problems.Add(new(table.File, row.Row, column, code, message));

                if (row.Child.Length == 0)
                {
                    Flag("CHILD", ChildBlank, "CHILD is blank: every row needs the child's identifier.");
                    continue;
                }
                if (table.Schema.Table != ReturnTable.Header && !inHeader.Contains(row.Child))
                {
                    Flag("CHILD", ChildNotInHeader, "This child is not in the Header table.");
                }

                foreach (var (column, value) in Dates(row))
                {
                    if (value.IsInvalid) Flag(column, InvalidDate, $"{column} is not a valid date in the form DD/MM/YYYY.");
                }

                var fields = tableLimits.Length > 0 ? row.ToFields() : [];
                foreach (var (index, max) in tableLimits)
                {
                    if (fields[index] is { } text && text.Length > max)
                    {
                        Flag(table.Schema.Columns[index], TooLong, $"{table.Schema.Columns[index]} is longer than {max} characters, so it cannot be stored.");
                    }
                }

                if (row is HeaderRow { Mother: not (null or "0" or "1") })
                {
                    Flag("MOTHER", MotherNotStorable, "MOTHER must be 0, 1 or blank to be stored.");
                }

                var (keyColumn, key) = KeyOf(row);
                if (keyColumn is not null && key!.Value.IsBlank)
                {
                    Flag(keyColumn, KeyBlank, $"{keyColumn} is blank, so the row cannot be matched with the child's records.");
                    continue;
                }
                if (key?.IsInvalid == true || table.Schema.Table == ReturnTable.Header) continue;
                if (!keys.Add((row.Child, key?.Date)))
                {
                    if (row is EpisodeRow)
                    {
                        Flag("DECOM", DuplicateDecom, "Another episode of this child starts on the same date (DECOM).");
                    }
                    else
                    {
                        Flag(keyColumn ?? "CHILD", DuplicateKey, keyColumn is null
                            ? "This child already has a row in this table."
                            : $"This child already has a row in this table with the same {keyColumn}.");
                    }
                }
            }
        }
        return problems;
    }

    /// <summary>
    /// The date that, with the child, identifies the row's record; a null column when the child alone (or the
    /// child and the collection year) does. The header's key column is DOB only because a child must have one.
    /// </summary>
    internal static (string? Column, DateValue? Key) KeyOf(ReturnRow row) => row switch
    {
        HeaderRow r => ("DOB", r.Dob),
        EpisodeRow r => ("DECOM", r.Decom),
        ReviewRow r => ("REVIEW", r.Review),
        PlacedAdoptionRow r => ("DATE_PLACED", r.DatePlaced),
        MissingRow r => ("MIS_START", r.MisStart),
        SwEpisodeRow r => ("SW_DECOM", r.SwDecom),
        DoloRow r => ("DOLO_START", r.DoloStart),
        _ => (null, null),
    };

    internal static IEnumerable<(string Column, DateValue Value)> Dates(ReturnRow row) => row switch
    {
        HeaderRow r => [("DOB", r.Dob), ("MC_DOB", r.McDob)],
        EpisodeRow r => [("DECOM", r.Decom), ("DEC", r.Dec)],
        UascRow r => [("DOB", r.Dob), ("DUC", r.Duc)],
        ReviewRow r => [("DOB", r.Dob), ("REVIEW", r.Review)],
        Ad1Row r => [("DOB", r.Dob), ("DATE_INT", r.DateInt), ("DATE_MATCH", r.DateMatch)],
        PlacedAdoptionRow r => [("DOB", r.Dob), ("DATE_PLACED", r.DatePlaced), ("DATE_PLACED_CEASED", r.DatePlacedCeased)],
        MissingRow r => [("DOB", r.Dob), ("MIS_START", r.MisStart), ("MIS_END", r.MisEnd)],
        SwEpisodeRow r => [("DOB", r.Dob), ("SW_DECOM", r.SwDecom), ("SW_DEC", r.SwDec)],
        DoloRow r => [("DOB", r.Dob), ("DOLO_START", r.DoloStart), ("DOLO_END", r.DoloEnd)],
        ChildDobRow r => [("DOB", r.Dob)],
        _ => [],
    };

    /// <summary>Column index → maximum length, for the columns stored in length-limited database columns.</summary>
    private static Dictionary<ReturnTable, (int Index, int Max)[]> Limits(IModel model)
    {
        var child = model.FindEntityType(typeof(Child))!;
        var episode = model.FindEntityType(typeof(CareEpisode))!;
        (int, int)[] For(TableSchema schema, IEntityType entity, params (string Column, string Property)[] map) =>
            map.Select(m => (schema.IndexOf(m.Column), entity.FindProperty(m.Property)?.GetMaxLength()))
                .Where(x => x.Item2 is not null)
                .Select(x => (x.Item1, x.Item2!.Value))
                .ToArray();

        var limits = new Dictionary<ReturnTable, (int, int)[]>
        {
            [ReturnTable.Header] = For(TableSchemas.Header, child,
                ("CHILD", nameof(Child.PersonId)), ("SEX", nameof(Child.Sex)), ("ETHNIC", nameof(Child.Ethnicity)), ("UPN", nameof(Child.Upn))),
            [ReturnTable.Episodes] = For(TableSchemas.Episodes, episode,
                ("RNE", nameof(CareEpisode.Rne)), ("LS", nameof(CareEpisode.Ls)), ("CIN", nameof(CareEpisode.Cin)),
                ("PLACE", nameof(CareEpisode.Place)), ("PLACE_PROVIDER", nameof(CareEpisode.PlaceProvider)), ("REC", nameof(CareEpisode.Rec)),
                ("REASON_PLACE_CHANGE", nameof(CareEpisode.ReasonPlaceChange)), ("HOME_POST", nameof(CareEpisode.HomePost)),
                ("PL_POST", nameof(CareEpisode.PlPost)), ("URN", nameof(CareEpisode.Urn))),
        };
        return limits;
    }
}
