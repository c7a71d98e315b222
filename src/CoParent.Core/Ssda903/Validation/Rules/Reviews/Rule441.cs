using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Reviews;

/// <summary>
/// Participation codes PN1 to PN7 are for children aged 4 or over: flags one given before the 4th birthday.
/// </summary>
public sealed class Rule441 : Rule
{
    public override string Code => "441";
    public override string Message => "Participation method indicates child was 4 years old or over at the time of the review, but the date of birth and review date indicates the child was under 4 years old.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Reviews];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var r in child.Reviews)
        {
            if (r.ReviewCode is not ("PN1" or "PN2" or "PN3" or "PN4" or "PN5" or "PN6" or "PN7")) continue;
            if (r.Dob.Date is not { } dob || r.Review.Date is not { } review) continue;
            if (review < CareFacts.BirthdayAt(dob, 4)) errors.Flag(r, "DOB", "REVIEW", "REVIEW_CODE");
        }
    }
}
