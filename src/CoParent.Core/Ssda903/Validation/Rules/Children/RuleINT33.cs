using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A child may have only one row in OC2; every row of a child listed more than once is flagged.</summary>
public sealed class RuleINT33 : Rule
{
    public override string Code => "INT33";
    public override string Message => "Internal Check: Child should only exist once in OC2.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors) =>
        ChildrenFacts.FlagIfMoreThanOnce(child.OC2, errors);
}
