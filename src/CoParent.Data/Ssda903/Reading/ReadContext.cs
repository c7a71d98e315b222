using CoParent.Core.Ssda903.Returns;

namespace CoParent.Data.Ssda903.Reading;

/// <summary>What one read shares across its files: the return being built, the problems, the string pool.</summary>
internal sealed class ReadContext
{
    private readonly Dictionary<ReturnTable, string> _claimed = [];
    private readonly IProgress<ReadProgress>? _progress;

    public ReadContext(Ssda903Return @return, List<ReadProblem> problems, IProgress<ReadProgress>? progress, CancellationToken ct)
    {
        Return = @return;
        Problems = problems;
        _progress = progress;
        CancellationToken = ct;
        Code = Pool.Code;
        Child = Pool.Child;
    }

    public Ssda903Return Return { get; }
    public List<ReadProblem> Problems { get; }
    public CancellationToken CancellationToken { get; }
    public StringPool Pool { get; } = new();
    public Func<string?, string?> Code { get; }
    public Func<string?, string> Child { get; }

    /// <summary>Takes a table for a file, unless another file is that table or the year does not collect it.</summary>
    public bool Claim(string file, TableSchema schema, List<ReadProblem> problems)
    {
        if (!schema.IsInYear(Return.Year.Year))
        {
            problems.Add(new ReadProblem(file, null, null,
                $"This is the {schema.Name} table, which the {Return.Year.Label} return does not have: it is collected from {new CollectionYear(schema.FirstYear).Label}."));
            return false;
        }
        if (_claimed.TryGetValue(schema.Table, out var other) && other != file)
        {
            problems.Add(new ReadProblem(file, null, null,
                $"This file and {other} are both the {schema.Name} table. Give each table once."));
            return false;
        }
        _claimed[schema.Table] = file;
        return true;
    }

    public void Report(string file, CountingStream stream, int rows)
    {
        CancellationToken.ThrowIfCancellationRequested();
        _progress?.Report(new ReadProgress(file, stream.BytesRead, stream.TotalBytes, rows));
    }
}
