namespace CoParent.Core.Ssda903.Returns;

/// <summary>
/// A collection year, named as the DfE names it, by the year it ends: 2027 is 1 April 2026 to 31 March 2027.
/// </summary>
public readonly record struct CollectionYear(int Year)
{
    public DateOnly Start => new(Year - 1, 4, 1);
    public DateOnly End => new(Year, 3, 31);
    public string Label => $"{Year - 1}/{Year % 100:00}";

    public CollectionYear Previous => new(Year - 1);

    /// <summary>The collection year a date falls in.</summary>
    public static CollectionYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year + 1 : date.Year);

    public override string ToString() => Label;
}

/// <summary>The rows of one table of a return and the file they came from.</summary>
public sealed class TableData(TableSchema schema, string file)
{
    public TableSchema Schema { get; } = schema;
    public string File { get; } = file;
    public List<ReturnRow> Rows { get; } = [];
}

/// <summary>
/// One council's return for one collection year: the tables supplied (a table not supplied is absent, which
/// is not the same as a table with no rows: its rules cannot run) and, once indexed, each child's rows.
/// </summary>
public sealed class Ssda903Return(CollectionYear year)
{
    private readonly TableData?[] _tables = new TableData?[TableSchemas.All.Count];
    private Dictionary<string, ChildReturn>? _children;

    public CollectionYear Year { get; } = year;

    public bool Has(ReturnTable table) => _tables[(int)table] is not null;

    public TableData? Table(ReturnTable table) => _tables[(int)table];

    public IEnumerable<TableData> Tables => _tables.OfType<TableData>();

    /// <summary>Adds (or returns) the table; the file name is the one errors will name.</summary>
    public TableData AddTable(ReturnTable table, string file)
    {
        _children = null;
        return _tables[(int)table] ??= new TableData(TableSchemas.For(table), file);
    }

    public void Add(ReturnRow row)
    {
        var table = _tables[(int)row.Table] ?? AddTable(row.Table, TableSchemas.For(row.Table).FileName);
        table.Rows.Add(row);
        _children = null;
    }

    public IEnumerable<T> Rows<T>(ReturnTable table) where T : ReturnRow =>
        _tables[(int)table]?.Rows.Cast<T>() ?? [];

    public IEnumerable<HeaderRow> Header => Rows<HeaderRow>(ReturnTable.Header);
    public IEnumerable<EpisodeRow> Episodes => Rows<EpisodeRow>(ReturnTable.Episodes);

    public int RowCount => Tables.Sum(t => t.Rows.Count);

    /// <summary>Every child in any table, with their rows grouped; built once and reused.</summary>
    public IReadOnlyDictionary<string, ChildReturn> Children => _children ??= Index();

    public ChildReturn? Child(string child) => Children.GetValueOrDefault(child);

    private Dictionary<string, ChildReturn> Index()
    {
        var children = new Dictionary<string, ChildReturn>(StringComparer.Ordinal);
        foreach (var table in Tables)
        {
            foreach (var row in table.Rows)
            {
                if (!children.TryGetValue(row.Child, out var child))
                {
                    child = new ChildReturn(row.Child);
                    children.Add(row.Child, child);
                }
                child.Add(row);
            }
        }
        foreach (var child in children.Values) child.Seal();

        // UASC is derived on load from the UASC table when the return came as CSV (ssda903.md §2).
        foreach (var child in children.Values)
        {
            foreach (var header in child.Headers)
            {
                header.Uasc ??= Has(ReturnTable.Uasc) ? (child.Uasc.Count > 0 ? "1" : "0") : null;
            }
        }
        return children;
    }
}

/// <summary>
/// One child's rows in every table of a return. Episodes are in DECOM order (rows with no valid DECOM last,
/// in file order), which most episode rules assume; every other table keeps file order.
/// </summary>
public sealed class ChildReturn(string child)
{
    private List<HeaderRow>? _headers;
    private List<EpisodeRow>? _episodes;
    private List<UascRow>? _uasc;
    private List<ReviewRow>? _reviews;
    private List<Oc2Row>? _oc2;
    private List<Oc3Row>? _oc3;
    private List<Ad1Row>? _ad1;
    private List<PlacedAdoptionRow>? _placedAdoption;
    private List<PrevPermRow>? _prevPerm;
    private List<MissingRow>? _missing;
    private List<SwEpisodeRow>? _swEpisodes;
    private List<DoloRow>? _dolo;

    public string Child { get; } = child;

    public IReadOnlyList<HeaderRow> Headers => _headers ?? [];
    public IReadOnlyList<EpisodeRow> Episodes => _episodes ?? [];
    public IReadOnlyList<UascRow> Uasc => _uasc ?? [];
    public IReadOnlyList<ReviewRow> Reviews => _reviews ?? [];
    public IReadOnlyList<Oc2Row> OC2 => _oc2 ?? [];
    public IReadOnlyList<Oc3Row> OC3 => _oc3 ?? [];
    public IReadOnlyList<Ad1Row> AD1 => _ad1 ?? [];
    public IReadOnlyList<PlacedAdoptionRow> PlacedAdoption => _placedAdoption ?? [];
    public IReadOnlyList<PrevPermRow> PrevPerm => _prevPerm ?? [];
    public IReadOnlyList<MissingRow> Missing => _missing ?? [];
    public IReadOnlyList<SwEpisodeRow> SWEpisodes => _swEpisodes ?? [];
    public IReadOnlyList<DoloRow> DoLo => _dolo ?? [];

    /// <summary>The child's header row (the first, when INT32 finds more than one).</summary>
    public HeaderRow? Header => _headers?[0];

    /// <summary>Date of birth from the header, when it is a valid date.</summary>
    public DateOnly? Dob => Header?.Dob.Date;

    internal void Add(ReturnRow row)
    {
        switch (row)
        {
            case HeaderRow r: (_headers ??= []).Add(r); break;
            case EpisodeRow r: (_episodes ??= []).Add(r); break;
            case UascRow r: (_uasc ??= []).Add(r); break;
            case ReviewRow r: (_reviews ??= []).Add(r); break;
            case Oc2Row r: (_oc2 ??= []).Add(r); break;
            case Oc3Row r: (_oc3 ??= []).Add(r); break;
            case Ad1Row r: (_ad1 ??= []).Add(r); break;
            case PlacedAdoptionRow r: (_placedAdoption ??= []).Add(r); break;
            case PrevPermRow r: (_prevPerm ??= []).Add(r); break;
            case MissingRow r: (_missing ??= []).Add(r); break;
            case SwEpisodeRow r: (_swEpisodes ??= []).Add(r); break;
            case DoloRow r: (_dolo ??= []).Add(r); break;
            default: throw new ArgumentOutOfRangeException(nameof(row));
        }
    }

    internal void Seal()
    {
        if (_episodes is { Count: > 1 })
        {
            // A stable sort: List.Sort is not, so order by (DECOM, row).
            _episodes.Sort(static (a, b) =>
            {
                var byDate = (a.Decom.Date ?? DateOnly.MaxValue).CompareTo(b.Decom.Date ?? DateOnly.MaxValue);
                return byDate != 0 ? byDate : a.Row.CompareTo(b.Row);
            });
        }
    }
}
