using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>Every OC2 row must belong to a child in the Header table.</summary>
public sealed class RuleINT05 : Rule
{
    public override string Code => "INT05";
    public override string Message => "Internal Check: Child in OC2 does not exist in Header.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors) =>
        ChildrenFacts.FlagIfNotInHeader(child, child.OC2, errors);
}
