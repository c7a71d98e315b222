using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation;

/// <summary>A rule that could not run, and why (a table or last year's return or Ofsted's lists not supplied).</summary>
public sealed record RuleNotRun(Rule Rule, string Reason);

/// <summary>What one rule found: the DfE's portal reports each rule's code, message and number of rows.</summary>
public sealed record RuleSummary(Rule Rule, int Rows, int Children);

public sealed class ValidationReport(CollectionYear year, IReadOnlyList<Rule> rulesRun, IReadOnlyList<RuleNotRun> notRun, IReadOnlyList<ValidationError> errors)
{
    public CollectionYear Year { get; } = year;
    public IReadOnlyList<Rule> RulesRun { get; } = rulesRun;
    public IReadOnlyList<RuleNotRun> RulesNotRun { get; } = notRun;

    /// <summary>Every flagged row, ordered by rule code, table and row.</summary>
    public IReadOnlyList<ValidationError> Errors { get; } = errors;

    public bool IsClean => Errors.Count == 0;

    public IReadOnlyList<RuleSummary> ByRule() =>
        Errors.GroupBy(e => e.Rule)
            .Select(g => new RuleSummary(RulesRun.First(r => r.Code == g.Key), g.Count(), g.Select(e => e.Child).Distinct().Count()))
            .OrderByDescending(s => s.Rows).ThenBy(s => s.Rule.Code, StringComparer.Ordinal)
            .ToList();
}
