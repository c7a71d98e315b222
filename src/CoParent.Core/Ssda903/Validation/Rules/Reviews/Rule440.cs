using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Reviews;

/// <summary>
/// Participation code PN0 means "under 4": flags a PN0 review held after the child's 4th birthday.
/// </summary>
public sealed class Rule440 : Rule
{
    public override string Code => "440";
    public override string Message => "Participation method indicates child was under 4 years old at the time of the review, but date of birth and review date indicates the child was 4 years old or over.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Reviews];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var r in child.Reviews)
        {
            if (r.ReviewCode != "PN0" || r.Dob.Date is not { } dob || r.Review.Date is not { } review) continue;
            if (review > CareFacts.BirthdayAt(dob, 4)) errors.Flag(r, "DOB", "REVIEW", "REVIEW_CODE");
        }
    }
}
