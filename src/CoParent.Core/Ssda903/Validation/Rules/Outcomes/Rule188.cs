using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A child under 4 at the end of the year has no SDQ score and no reason for none.</summary>
public sealed class Rule188 : Rule
{
    public override string Code => "188";
    public override string Message => "Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC2)
        {
            if ((OutcomesFacts.Has(row.SdqScore) || OutcomesFacts.Has(row.SdqReason))
                && row.Dob.Date is { } dob && CareFacts.AgeOn(dob, context.End) < 4)
            {
                errors.Flag(row, "SDQ_SCORE", "SDQ_REASON");
            }
        }
    }
}
