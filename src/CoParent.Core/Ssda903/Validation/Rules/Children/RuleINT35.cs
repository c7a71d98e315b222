using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A child may have only one row in PrevPerm; every row of a child listed more than once is flagged.</summary>
public sealed class RuleINT35 : Rule
{
    public override string Code => "INT35";
    public override string Message => "Internal Check: Child should only exist once in PrevPerm.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.PrevPerm];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors) =>
        ChildrenFacts.FlagIfMoreThanOnce(child.PrevPerm, errors);
}
