using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A child who was UASC in neither year must have no DUC in either year.</summary>
public sealed class Rule205C : Rule
{
    public override string Code => "205C";
    public override string Message => "Child not identified as UASC either this year or last year but date UASC ceased has been provided.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Uasc];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var last = context.LastYear(child);
        if (!ChildrenFacts.LastYearUascKnown(context, last)) return;
        if (ChildrenFacts.IsUasc(child) || ChildrenFacts.IsUasc(last)) return;
        if (!ChildrenFacts.HasDuc(child) && !ChildrenFacts.HasDuc(last)) return;

        errors.FlagAll(child.Uasc, "DUC", "UASC");
        errors.FlagAll(child.Headers, "DUC", "UASC");
    }
}
