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
    private IReadOnlyDictionary<string, ChildReturn>? _children;

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
    public IReadOnlyDictionary<string, ChildReturn> Children => _children ??= new ReturnIndex(this).Children;

    public ChildReturn? Child(string child) => Children.GetValueOrDefault(child);
}

/// <summary>
/// Each table's rows as one array sorted by child (file order kept within a child; episodes by DECOM), and for
/// every child where its rows start and how many there are. A national-size return has about 100,000 children
/// and 800,000 rows; this holds them in a handful of arrays rather than a million small lists.
/// </summary>
internal sealed class ReturnIndex
{
    private const int TableCount = 12;
    private readonly int[] _starts;
    private readonly int[] _counts;

    public ReturnIndex(Ssda903Return ret)
    {
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<string>();
        foreach (var table in ret.Tables)
        {
            foreach (var row in table.Rows)
            {
                if (!ordinals.ContainsKey(row.Child))
                {
                    ordinals.Add(row.Child, ids.Count);
                    ids.Add(row.Child);
                }
            }
        }
        _starts = new int[ids.Count * TableCount];
        _counts = new int[ids.Count * TableCount];

        Headers = Sort<HeaderRow>(ret, ReturnTable.Header, ordinals);
        Episodes = Sort<EpisodeRow>(ret, ReturnTable.Episodes, ordinals);
        Uasc = Sort<UascRow>(ret, ReturnTable.Uasc, ordinals);
        Reviews = Sort<ReviewRow>(ret, ReturnTable.Reviews, ordinals);
        OC2 = Sort<Oc2Row>(ret, ReturnTable.OC2, ordinals);
        OC3 = Sort<Oc3Row>(ret, ReturnTable.OC3, ordinals);
        AD1 = Sort<Ad1Row>(ret, ReturnTable.AD1, ordinals);
        PlacedAdoption = Sort<PlacedAdoptionRow>(ret, ReturnTable.PlacedAdoption, ordinals);
        PrevPerm = Sort<PrevPermRow>(ret, ReturnTable.PrevPerm, ordinals);
        Missing = Sort<MissingRow>(ret, ReturnTable.Missing, ordinals);
        SWEpisodes = Sort<SwEpisodeRow>(ret, ReturnTable.SWEpisodes, ordinals);
        DoLo = Sort<DoloRow>(ret, ReturnTable.DoLo, ordinals);

        // Episode rules read a child's episodes in DECOM order (rows with no valid DECOM last, then by row).
        for (var c = 0; c < ids.Count; c++)
        {
            var slot = (c * TableCount) + (int)ReturnTable.Episodes;
            if (_counts[slot] > 1) Array.Sort(Episodes, _starts[slot], _counts[slot], EpisodeOrder.Instance);
        }

        var children = new Dictionary<string, ChildReturn>(ids.Count, StringComparer.Ordinal);
        var uascSupplied = ret.Has(ReturnTable.Uasc);
        for (var c = 0; c < ids.Count; c++)
        {
            var child = new ChildReturn(ids[c], this, c);
            children.Add(ids[c], child);
            // UASC is derived on load from the UASC table when the return came as CSV (ssda903.md §2).
            if (!uascSupplied) continue;
            foreach (var header in child.Headers) header.Uasc ??= child.Uasc.Count > 0 ? "1" : "0";
        }
        Children = children;
    }

    public IReadOnlyDictionary<string, ChildReturn> Children { get; }
    public HeaderRow[] Headers { get; }
    public EpisodeRow[] Episodes { get; }
    public UascRow[] Uasc { get; }
    public ReviewRow[] Reviews { get; }
    public Oc2Row[] OC2 { get; }
    public Oc3Row[] OC3 { get; }
    public Ad1Row[] AD1 { get; }
    public PlacedAdoptionRow[] PlacedAdoption { get; }
    public PrevPermRow[] PrevPerm { get; }
    public MissingRow[] Missing { get; }
    public SwEpisodeRow[] SWEpisodes { get; }
    public DoloRow[] DoLo { get; }

    public RowList<T> Slice<T>(T[] rows, int child, ReturnTable table) where T : ReturnRow
    {
        var slot = (child * TableCount) + (int)table;
        return new RowList<T>(rows, _starts[slot], _counts[slot]);
    }

    /// <summary>A counting sort by child: stable, so each child's rows stay in file order.</summary>
    private T[] Sort<T>(Ssda903Return ret, ReturnTable table, Dictionary<string, int> ordinals) where T : ReturnRow
    {
        var rows = ret.Table(table)?.Rows;
        if (rows is null || rows.Count == 0) return [];
        var ids = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var c = ordinals[rows[i].Child];
            ids[i] = c;
            _counts[(c * TableCount) + (int)table]++;
        }
        var next = 0;
        for (var slot = (int)table; slot < _starts.Length; slot += TableCount)
        {
            _starts[slot] = next;
            next += _counts[slot];
        }
        var placed = new int[_starts.Length / TableCount];
        var sorted = new T[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var c = ids[i];
            sorted[_starts[(c * TableCount) + (int)table] + placed[c]++] = (T)rows[i];
        }
        return sorted;
    }

    private sealed class EpisodeOrder : IComparer<EpisodeRow>
    {
        public static readonly EpisodeOrder Instance = new();

        public int Compare(EpisodeRow? a, EpisodeRow? b)
        {
            var byDate = (a!.Decom.Date ?? DateOnly.MaxValue).CompareTo(b!.Decom.Date ?? DateOnly.MaxValue);
            return byDate != 0 ? byDate : a.Row.CompareTo(b.Row);
        }
    }
}

/// <summary>
/// One child's rows in every table of a return. Episodes are in DECOM order (rows with no valid DECOM last,
/// in file order), which most episode rules assume; every other table keeps file order.
/// </summary>
public sealed class ChildReturn
{
    private readonly ReturnIndex _index;
    private readonly int _ordinal;

    internal ChildReturn(string child, ReturnIndex index, int ordinal)
    {
        Child = child;
        _index = index;
        _ordinal = ordinal;
    }

    public string Child { get; }

    public RowList<HeaderRow> Headers => _index.Slice(_index.Headers, _ordinal, ReturnTable.Header);
    public RowList<EpisodeRow> Episodes => _index.Slice(_index.Episodes, _ordinal, ReturnTable.Episodes);
    public RowList<UascRow> Uasc => _index.Slice(_index.Uasc, _ordinal, ReturnTable.Uasc);
    public RowList<ReviewRow> Reviews => _index.Slice(_index.Reviews, _ordinal, ReturnTable.Reviews);
    public RowList<Oc2Row> OC2 => _index.Slice(_index.OC2, _ordinal, ReturnTable.OC2);
    public RowList<Oc3Row> OC3 => _index.Slice(_index.OC3, _ordinal, ReturnTable.OC3);
    public RowList<Ad1Row> AD1 => _index.Slice(_index.AD1, _ordinal, ReturnTable.AD1);
    public RowList<PlacedAdoptionRow> PlacedAdoption => _index.Slice(_index.PlacedAdoption, _ordinal, ReturnTable.PlacedAdoption);
    public RowList<PrevPermRow> PrevPerm => _index.Slice(_index.PrevPerm, _ordinal, ReturnTable.PrevPerm);
    public RowList<MissingRow> Missing => _index.Slice(_index.Missing, _ordinal, ReturnTable.Missing);
    public RowList<SwEpisodeRow> SWEpisodes => _index.Slice(_index.SWEpisodes, _ordinal, ReturnTable.SWEpisodes);
    public RowList<DoloRow> DoLo => _index.Slice(_index.DoLo, _ordinal, ReturnTable.DoLo);

    /// <summary>The child's header row (the first, when INT32 finds more than one).</summary>
    public HeaderRow? Header => Headers.Count > 0 ? Headers[0] : null;

    /// <summary>Date of birth from the header, when it is a valid date.</summary>
    public DateOnly? Dob => Header?.Dob.Date;
}
