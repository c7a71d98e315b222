using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A child aged 10 or over at 31 March and looked after continuously for 12 months has conviction information.</summary>
public sealed class Rule543 : Rule
{
    public override string Code => "543";
    public override string Message => "Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet conviction information has not been completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.OC2.Count == 0 || !CareFacts.ContinuouslyLookedAfter(child, context)) return;
        foreach (var row in child.OC2)
        {
            // "10 or over" includes a 10th birthday on 31 March (the DfE tool starts the day after); rule 542 agrees.
            if (!OutcomesFacts.Has(row.Convicted) && row.Dob.Date is { } dob && CareFacts.AgeOn(dob, context.End) >= 10)
                errors.Flag(row, "CONVICTED", "DOB");
        }
    }
}
