using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A child may have only one row in Header; every row of a child listed more than once is flagged.</summary>
public sealed class RuleINT32 : Rule
{
    public override string Code => "INT32";
    public override string Message => "Internal Check: Child should only exist once in Header.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors) =>
        ChildrenFacts.FlagIfMoreThanOnce(child.Headers, errors);
}
