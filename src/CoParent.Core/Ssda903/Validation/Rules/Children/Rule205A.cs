using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>
/// A child who was UASC last year and is not this year must have had their UASC status cease during last
/// year, and must have no DUC this year.
/// </summary>
public sealed class Rule205A : Rule
{
    public override string Code => "205A";
    public override string Message => "Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both years does not support this.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Uasc];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var last = context.LastYear(child);
        if (!ChildrenFacts.LastYearUascKnown(context, last)) return;
        if (child.Header is null || ChildrenFacts.IsUasc(child) || !ChildrenFacts.IsUasc(last)) return;

        var lastYear = context.Year.Previous;
        var ceasedLastYear = ChildrenFacts.Duc(last) is { } lastDuc && lastDuc >= lastYear.Start && lastDuc <= lastYear.End;
        if (ceasedLastYear && !ChildrenFacts.HasDuc(child)) return;

        // The public validator starts from this year's UASC rows, so it never fires for CSV returns (where a UASC
        // row makes the child UASC); starting from the header catches the case the rule is about.
        errors.FlagAll(child.Headers, "CHILD", "UASC");
        errors.FlagAll(child.Uasc, "CHILD", "UASC");
    }
}
