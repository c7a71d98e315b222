using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A child looked after continuously for 12 months, 4 or over at the start and under 17 at the end of the year, has an SDQ score.</summary>
public sealed class Rule186 : Rule
{
    public override string Code => "186";
    public override string Message => "Children aged 4 or over at the start of the year and children aged under 17 at the end of the year and who have been looked after for at least 12 months continuously should have a Strengths and Difficulties (SDQ) score completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.OC2.Count == 0 || !CareFacts.ContinuouslyLookedAfter(child, context)) return;
        foreach (var row in child.OC2)
        {
            // The DfE tool also flags a score given without a reason, which rule 197a requires; only a missing score is an error here.
            if (!OutcomesFacts.Has(row.SdqScore) && row.Dob.Date is { } dob
                && CareFacts.AgeOn(dob, context.Start) >= 4 && CareFacts.AgeOn(dob, context.End) < 17)
            {
                errors.Flag(row, "SDQ_SCORE");
            }
        }
    }
}
