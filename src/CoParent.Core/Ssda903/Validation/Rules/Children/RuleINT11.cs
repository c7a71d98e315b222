using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>The DOB on a child's AD1 rows must match the header's DOB (when both are valid dates).</summary>
public sealed class RuleINT11 : Rule
{
    public override string Code => "INT11";
    public override string Message => "Internal Check: DOB in AD1 is different to DOB in Header.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.AD1];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors) =>
        ChildrenFacts.FlagDobDifferentFromHeader(child, child.AD1, errors);
}
