using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>SDQ1 (outside the age range) is not the reason for no SDQ for a looked-after-12-months child aged 4 at the start to 16 at the end of the year.</summary>
public sealed class Rule157 : Rule
{
    public override string Code => "157";
    public override string Message => "Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.OC2.Count == 0 || !CareFacts.ContinuouslyLookedAfter(child, context)) return;
        foreach (var row in child.OC2)
        {
            // Ages as in the message and rule 186 (4 or over on 1 April, 16 or under on 31 March); the DfE tool
            // stops at the 16th birthday instead.
            if (row.SdqReason == "SDQ1" && !OutcomesFacts.Has(row.SdqScore) && row.Dob.Date is { } dob
                && CareFacts.AgeOn(dob, context.Start) >= 4 && CareFacts.AgeOn(dob, context.End) <= 16)
            {
                errors.Flag(row, "DOB", "SDQ_REASON");
            }
        }
    }
}
