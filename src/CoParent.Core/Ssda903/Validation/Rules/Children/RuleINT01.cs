using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>Every AD1 row must belong to a child in the Header table.</summary>
public sealed class RuleINT01 : Rule
{
    public override string Code => "INT01";
    public override string Message => "Data Integrity Check: Child in AD1 does not exist in Header.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.AD1];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors) =>
        ChildrenFacts.FlagIfNotInHeader(child, child.AD1, errors);
}
