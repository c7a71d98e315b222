using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A child may have only one row in OC3; every row of a child listed more than once is flagged.</summary>
public sealed class RuleINT34 : Rule
{
    public override string Code => "INT34";
    public override string Message => "Internal Check: Child should only exist once in OC3.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC3];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors) =>
        ChildrenFacts.FlagIfMoreThanOnce(child.OC3, errors);
}
