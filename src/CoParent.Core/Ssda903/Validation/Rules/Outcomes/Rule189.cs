using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A young person 17 or over at the start of the year has no SDQ score and no reason for none.</summary>
public sealed class Rule189 : Rule
{
    public override string Code => "189";
    public override string Message => "Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC2)
        {
            if ((OutcomesFacts.Has(row.SdqScore) || OutcomesFacts.Has(row.SdqReason))
                && row.Dob.Date is { } dob && CareFacts.AgeOn(dob, context.Start) >= 17)
            {
                errors.Flag(row, "DOB", "SDQ_SCORE", "SDQ_REASON");
            }
        }
    }
}
