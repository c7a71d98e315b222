using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A child UASC this year who was in last year's return must have been UASC there too.</summary>
public sealed class Rule205D : Rule
{
    public override string Code => "205D";
    public override string Message => "Child identified as UASC this year but not identified as UASC status provided for the child last year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Uasc];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var last = context.LastYear(child);
        if (!ChildrenFacts.LastYearUascKnown(context, last)) return;
        if (last?.Header is null || !ChildrenFacts.IsUasc(child) || ChildrenFacts.IsUasc(last)) return;
        errors.FlagAll(child.Headers, "CHILD", "UASC");
    }
}
