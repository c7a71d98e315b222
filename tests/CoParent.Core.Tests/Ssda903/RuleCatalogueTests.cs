using CoParent.Core.Ssda903.Validation;

namespace CoParent.Core.Tests.Ssda903;

/// <summary>The rules CoParent runs for a year are exactly the DfE's rule list for that year, with its messages.</summary>
public class RuleCatalogueTests
{
    public static TheoryData<int, string> Years => new() { { 2026, "ssda903-rules-2025-26.tsv" }, { 2027, "ssda903-rules-2026-27.tsv" } };

    private static Dictionary<string, string> Load(string file)
    {
        var path = Path.Combine(RepositoryRoot(), "data", "reference", file);
        return File.ReadLines(path).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoParent.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root.");
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void EveryImplementedRule_HasTheDfeCodeAndMessage(int year, string file)
    {
        var dfe = Load(file);
        foreach (var rule in ReturnValidator.RulesFor(year))
        {
            Assert.True(dfe.TryGetValue(rule.Code, out var message), $"Rule {rule.Code} is not in the {year} rule list.");
            Assert.Equal(message, rule.Message);
        }
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void EveryDfeRule_IsImplementedOnce(int year, string file)
    {
        var dfe = Load(file);
        var ours = ReturnValidator.RulesFor(year).Select(r => r.Code).ToList();
        Assert.Equal(ours.Count, ours.Distinct().Count());
        var missing = dfe.Keys.Except(ours).OrderBy(c => c, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} rules not implemented for {year}: {string.Join(" ", missing)}");
    }
}
