using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A row with an SDQ score has no reason for there being no score.</summary>
public sealed class Rule197a : Rule
{
    public override string Code => "197a";
    public override string Message => "Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is filled in.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC2)
        {
            if (OutcomesFacts.Has(row.SdqScore) && OutcomesFacts.Has(row.SdqReason)) errors.Flag(row, "SDQ_SCORE", "SDQ_REASON");
        }
    }
}
