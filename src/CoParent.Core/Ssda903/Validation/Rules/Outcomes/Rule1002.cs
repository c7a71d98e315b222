using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A care leaver has episodes of care in this year's or last year's return.</summary>
public sealed class Rule1002 : Rule
{
    public override string Code => "1002";
    public override string Message => "This child has no previous episodes of care, therefore should not have care leaver information recorded.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.OC3];

    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.OC3.Count == 0 || child.Episodes.Count > 0) return;
        if (context.LastYear(child) is { Episodes.Count: > 0 }) return;
        foreach (var row in child.OC3) errors.Flag(row, Oc3Row.CareLeaverFields);
    }
}
