using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Reviews;

/// <summary>
/// Every review row needs a REVIEW date that is a valid DD/MM/YYYY date.
/// </summary>
public sealed class Rule166 : Rule
{
    public override string Code => "166";
    public override string Message => "Date of review is invalid or blank.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Reviews];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var r in child.Reviews)
        {
            if (!r.Review.HasDate) errors.Flag(r, "REVIEW");
        }
    }
}
