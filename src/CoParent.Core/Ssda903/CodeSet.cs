namespace CoParent.Core.Ssda903;

/// <summary>A DfE code set: the codes a field may take, each with its meaning, compared case-insensitively.</summary>
public sealed class CodeSet
{
    private readonly Dictionary<string, string> _byCode;

    public CodeSet(string field, IEnumerable<(string Code, string Meaning)> codes)
    {
        Field = field;
        Codes = codes.ToList();
        _byCode = Codes.ToDictionary(c => c.Code, c => c.Meaning, StringComparer.OrdinalIgnoreCase);
    }

    public string Field { get; }
    public IReadOnlyList<(string Code, string Meaning)> Codes { get; }

    public bool Contains(string? code) => code is not null && _byCode.ContainsKey(code.Trim());

    public string Describe(string? code) =>
        code is not null && _byCode.TryGetValue(code.Trim(), out var meaning) ? meaning : code ?? "";

    /// <summary>The code as the DfE writes it (upper case), or null when it is not in the set.</summary>
    public string? Canonical(string? code) =>
        code is null ? null : Codes.Select(c => c.Code).FirstOrDefault(c => string.Equals(c, code.Trim(), StringComparison.OrdinalIgnoreCase));
}
