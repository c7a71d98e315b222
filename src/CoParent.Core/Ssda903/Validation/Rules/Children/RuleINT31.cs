using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A child may have only one row in AD1; every row of a child listed more than once is flagged.</summary>
public sealed class RuleINT31 : Rule
{
    public override string Code => "INT31";
    public override string Message => "Internal Check: Child should only exist once in AD1.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors) =>
        ChildrenFacts.FlagIfMoreThanOnce(child.AD1, errors);
}
