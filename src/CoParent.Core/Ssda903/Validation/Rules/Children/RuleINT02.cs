using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>Every PlacedAdoption row must belong to a child in the Header table.</summary>
public sealed class RuleINT02 : Rule
{
    public override string Code => "INT02";
    public override string Message => "Internal Check: Child in PlacedAdoption does not exist in Header.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors) =>
        ChildrenFacts.FlagIfNotInHeader(child, child.PlacedAdoption, errors);
}
