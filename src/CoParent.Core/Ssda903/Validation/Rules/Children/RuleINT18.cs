using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>The DOB on a child's UASC rows must match the header's DOB (when both are valid dates).</summary>
public sealed class RuleINT18 : Rule
{
    public override string Code => "INT18";
    public override string Message => "Internal Check: DOB in UASC is different to DOB in Header.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Uasc];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors) =>
        ChildrenFacts.FlagDobDifferentFromHeader(child, child.Uasc, errors);
}
