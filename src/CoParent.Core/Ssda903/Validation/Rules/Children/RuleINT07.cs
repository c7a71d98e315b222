using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>Every PrevPerm row must belong to a child in the Header table.</summary>
public sealed class RuleINT07 : Rule
{
    public override string Code => "INT07";
    public override string Message => "Internal Check: Child in PrevPerm does not exist in Header.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.PrevPerm];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors) =>
        ChildrenFacts.FlagIfNotInHeader(child, child.PrevPerm, errors);
}
