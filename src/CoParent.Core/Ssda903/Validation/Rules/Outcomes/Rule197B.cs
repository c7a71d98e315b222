using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A child looked after continuously for 12 months who turns 4 or 17 in the year has an SDQ score or a reason for none.</summary>
public sealed class Rule197B : Rule
{
    public override string Code => "197B";
    public override string Message => "SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.OC2.Count == 0 || !CareFacts.ContinuouslyLookedAfter(child, context)) return;
        foreach (var row in child.OC2)
        {
            if (!OutcomesFacts.Has(row.SdqScore) && !OutcomesFacts.Has(row.SdqReason) && row.Dob.Date is { } dob
                // A 17th birthday on 1 April makes the child 17 at the start, where rule 189 forbids an SDQ or a reason.
                && (OutcomesFacts.BirthdayInYear(dob, 4, context)
                    || (OutcomesFacts.BirthdayInYear(dob, 17, context) && CareFacts.BirthdayAt(dob, 17) > context.Start)))
            {
                errors.Flag(row, "DOB", "SDQ_REASON");
            }
        }
    }
}
