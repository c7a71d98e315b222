using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>Every OC3 row must belong to a child in the Header table.</summary>
public sealed class RuleINT06 : Rule
{
    public override string Code => "INT06";
    public override string Message => "Internal Check: Child in OC3 does not exist in Header.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.OC3];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors) =>
        ChildrenFacts.FlagIfNotInHeader(child, child.OC3, errors);
}
