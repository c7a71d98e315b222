using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>The DOB on a child's OC2 rows must match the header's DOB (when both are valid dates).</summary>
public sealed class RuleINT14 : Rule
{
    public override string Code => "INT14";
    public override string Message => "Internal Check: DOB in OC2 is different to DOB in Header.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors) =>
        ChildrenFacts.FlagDobDifferentFromHeader(child, child.OC2, errors);
}
