using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>Every Episodes row must belong to a child in the Header table.</summary>
public sealed class RuleINT03 : Rule
{
    public override string Code => "INT03";
    public override string Message => "Internal Check: Child in Episodes does not exist in Header.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors) =>
        ChildrenFacts.FlagIfNotInHeader(child, child.Episodes, errors);
}
