using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A care leaver reported last year as having died is still reported as having died (IN_TOUCH DIED).</summary>
public sealed class Rule348 : Rule
{
    public override string Code => "348";
    public override string Message => "Care leaver has previously been reported as having died.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC3];

    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.OC3.Count == 0 || context.LastYear(child) is not { } last) return;
        var diedLastYear = false;
        foreach (var row in last.OC3) diedLastYear |= row.InTouch == "DIED";
        if (!diedLastYear) return;
        foreach (var row in child.OC3)
        {
            if (row.InTouch != "DIED") errors.Flag(row, "IN_TOUCH");
        }
    }
}
