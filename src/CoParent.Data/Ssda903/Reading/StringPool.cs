namespace CoParent.Data.Ssda903.Reading;

/// <summary>
/// Shares repeated cell text within one read: a national return has 84,000 children but only a few hundred
/// distinct codes and dates, so every row holds a reference to one copy. Looked up by span, so a cell
/// already seen allocates nothing. Bounded, so a file of unique values cannot make the pool the problem.
/// </summary>
internal sealed class StringPool
{
    private const int Capacity = 250_000;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly Dictionary<string, string> _upper = new(StringComparer.Ordinal);

    public StringPool() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shared copy of a cell's text, trimmed; null when blank.</summary>
    public string? Cell(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty) return null;
        if (_bySpan.TryGetValue(text, out var shared)) return shared;
        var made = text.ToString();
        if (_strings.Count < Capacity) _strings.Add(made, made);
        return made;
    }

    /// <summary>A code cell in upper case (the DfE compares codes ignoring case), shared.</summary>
    public string? Code(string? cell)
    {
        if (cell is null) return null;
        var hasLower = false;
        foreach (var c in cell)
        {
            if (char.IsLower(c))
            {
                hasLower = true;
                break;
            }
        }
        if (!hasLower) return cell;
        if (_upper.TryGetValue(cell, out var upper)) return upper;
        upper = Cell(cell.ToUpperInvariant())!;
        if (_upper.Count < Capacity) _upper[cell] = upper;
        return upper;
    }

    public string Child(string? cell) => cell ?? "";
}
