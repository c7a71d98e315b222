using CoParent.Core.Ssda903.Returns;

namespace CoParent.Data.Ssda903.Storing;

/// <summary>Something in a return that stops it being stored, with where it is (file, 1-based data row, column).</summary>
public sealed record ImportProblem(string File, int Row, string Column, string Code, string Message);

/// <summary>A table's rows in the return, and how many records they added or changed.</summary>
public sealed record TableImportCount(int Rows, int Inserted, int Updated);

/// <summary>What an import did, or, when <see cref="Problems"/> is not empty, why it wrote nothing.</summary>
public sealed class ImportResult
{
    public required CollectionYear Year { get; init; }
    public int ChildrenCreated { get; init; }
    public int ChildrenUpdated { get; init; }
    public IReadOnlyDictionary<ReturnTable, TableImportCount> Tables { get; init; } = new Dictionary<ReturnTable, TableImportCount>();
    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];

    public bool Imported => Problems.Count == 0;
}
