using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>Every Reviews row must belong to a child in the Header table.</summary>
public sealed class RuleINT08 : Rule
{
    public override string Code => "INT08";
    public override string Message => "Internal Check: Child in Reviews does not exist in Header.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Reviews];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors) =>
        ChildrenFacts.FlagIfNotInHeader(child, child.Reviews, errors);
}
