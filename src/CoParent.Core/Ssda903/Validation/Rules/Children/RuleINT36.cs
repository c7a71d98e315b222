using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A child may have only one row in UASC; every row of a child listed more than once is flagged.</summary>
public sealed class RuleINT36 : Rule
{
    public override string Code => "INT36";
    public override string Message => "Internal Check: Child should only exist once in UASC.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Uasc];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors) =>
        ChildrenFacts.FlagIfMoreThanOnce(child.Uasc, errors);
}
