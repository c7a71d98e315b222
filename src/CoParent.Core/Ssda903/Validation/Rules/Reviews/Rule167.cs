using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Reviews;

/// <summary>
/// REVIEW_CODE must be PN0 to PN7 when a REVIEW is given, and blank when it is not.
/// </summary>
public sealed class Rule167 : Rule
{
    public override string Code => "167";
    public override string Message => "Data entry for participation is invalid or blank.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Reviews];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var r in child.Reviews)
        {
            var valid = r.Review.IsBlank
                ? r.ReviewCode is null
                : r.ReviewCode is "PN0" or "PN1" or "PN2" or "PN3" or "PN4" or "PN5" or "PN6" or "PN7";
            if (!valid) errors.Flag(r, "REVIEW_CODE");
        }
    }
}
