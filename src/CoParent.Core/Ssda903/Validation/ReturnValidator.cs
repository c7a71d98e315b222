using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation;

/// <summary>
/// Runs a collection year's rules over a return. Children are independent of each other for almost every
/// rule, so they are split across the machine's cores; each core has its own error list.
/// </summary>
public static class ReturnValidator
{
    private static readonly Lazy<IReadOnlyList<Rule>> Rules = new(() =>
        typeof(Rule).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(Rule)) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (Rule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList());

    /// <summary>Every rule CoParent knows, for every year.</summary>
    public static IReadOnlyList<Rule> AllRules => Rules.Value;

    /// <summary>The rule list for a collection year (2026 is 2025/26).</summary>
    public static IReadOnlyList<Rule> RulesFor(int year) => AllRules.Where(r => r.AppliesTo(year)).ToList();

    public static ValidationReport Validate(RuleContext context, IReadOnlyList<Rule>? rules = null, int? maxDegreeOfParallelism = null)
    {
        rules ??= RulesFor(context.Year.Year);
        var runnable = new List<Rule>();
        var notRun = new List<RuleNotRun>();
        foreach (var rule in rules)
        {
            if (WhyNot(rule, context) is { } reason) notRun.Add(new RuleNotRun(rule, reason));
            else runnable.Add(rule);
        }

        var children = context.Current.Children.Values.ToArray();
        _ = context.Previous?.Children; // index last year's return here, before the threads share it
        var degree = Math.Max(1, Math.Min(maxDegreeOfParallelism ?? Environment.ProcessorCount, (children.Length / 2000) + 1));
        var sinks = new ErrorSink[degree];
        Parallel.For(0, degree, new ParallelOptions { MaxDegreeOfParallelism = degree }, part =>
        {
            var sink = sinks[part] = new ErrorSink();
            for (var i = part; i < children.Length; i += degree)
            {
                foreach (var rule in runnable)
                {
                    sink.Current = rule;
                    rule.Check(children[i], context, sink);
                }
            }
        });

        var whole = new ErrorSink();
        foreach (var rule in runnable)
        {
            whole.Current = rule;
            rule.CheckReturn(context, whole);
        }

        var errors = sinks.SelectMany(s => s.Errors).Concat(whole.Errors)
            .DistinctBy(e => (e.Rule, e.Table, e.Row, e.Child))
            .OrderBy(e => e.Rule, StringComparer.Ordinal).ThenBy(e => e.Table).ThenBy(e => e.Row)
            .ToList();
        return new ValidationReport(context.Year, runnable, notRun, errors);
    }

    private static string? WhyNot(Rule rule, RuleContext context)
    {
        var missing = rule.Tables.Where(t => !context.Current.Has(t)).Select(t => TableSchemas.For(t).FileName).ToList();
        if (missing.Count > 0) return $"The return has no {string.Join(" or ", missing)}, so this rule cannot be checked.";
        if (rule.UsesPreviousYear && context.Previous is null)
            return $"It compares with last year's return ({context.Year.Previous.Label}), which has not been loaded.";
        if (rule.UsesProviders && context.Providers is null)
            return "It needs Ofsted's provider lists, which have not been imported.";
        return null;
    }
}
