using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>Every Missing row must belong to a child in the Header table.</summary>
public sealed class RuleINT04 : Rule
{
    public override string Code => "INT04";
    public override string Message => "Internal Check: Child in Missing does not exist in Header.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Missing];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors) =>
        ChildrenFacts.FlagIfNotInHeader(child, child.Missing, errors);
}
