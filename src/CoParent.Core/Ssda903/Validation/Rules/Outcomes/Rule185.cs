using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>Only a child looked after continuously for 12 months at 31 March has an SDQ score.</summary>
public sealed class Rule185 : Rule
{
    public override string Code => "185";
    public override string Message => "Child has not been looked after continuously for at least 12 months at 31 March but a Strengths and Difficulties (SDQ) score has been completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.OC2.Count == 0 || CareFacts.ContinuouslyLookedAfter(child, context)) return;
        foreach (var row in child.OC2)
        {
            if (OutcomesFacts.Has(row.SdqScore)) errors.Flag(row, "SDQ_SCORE");
        }
    }
}
