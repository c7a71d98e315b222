using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>The DOB on a child's Missing rows must match the header's DOB (when both are valid dates).</summary>
public sealed class RuleINT13 : Rule
{
    public override string Code => "INT13";
    public override string Message => "Internal Check: DOB in Missing is different to DOB in Header.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Missing];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors) =>
        ChildrenFacts.FlagDobDifferentFromHeader(child, child.Missing, errors);
}
