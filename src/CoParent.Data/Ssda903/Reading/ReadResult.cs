using CoParent.Core.Ssda903.Returns;

namespace CoParent.Data.Ssda903.Reading;

/// <summary>
/// Something that stopped a file (or a row of it) being read, in words an analyst can act on. Row is the
/// data row (1 = the first row under the column names; for XML, the child's position); Column is the DfE
/// column name. Invalid dates and unknown codes are not read problems: the validation rules report those.
/// </summary>
public sealed record ReadProblem(string File, int? Row, string? Column, string Message)
{
    public override string ToString()
    {
        var where = File;
        if (Row is not null) where += $", row {Row}";
        if (Column is not null) where += $", column {Column}";
        return $"{where}: {Message}";
    }
}

/// <summary>How far a read has got through one file, for a progress bar.</summary>
public readonly record struct ReadProgress(string File, long BytesRead, long TotalBytes, int Rows);

/// <summary>The return as read and every problem met on the way; the return is usable only when there are none.</summary>
public sealed class ReadResult(Ssda903Return @return, IReadOnlyList<ReadProblem> problems)
{
    public Ssda903Return Return { get; } = @return;
    public IReadOnlyList<ReadProblem> Problems { get; } = problems;
    public bool IsClean => Problems.Count == 0;
}
