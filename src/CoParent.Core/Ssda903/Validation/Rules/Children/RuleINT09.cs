using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>Every UASC row must belong to a child in the Header table.</summary>
public sealed class RuleINT09 : Rule
{
    public override string Code => "INT09";
    public override string Message => "Internal Check: Child in UASC does not exist in Header.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Uasc];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors) =>
        ChildrenFacts.FlagIfNotInHeader(child, child.Uasc, errors);
}
