using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>The reason for no SDQ score, when given, is SDQ1 to SDQ5 (ssda903.md §3).</summary>
public sealed class Rule196 : Rule
{
    public override string Code => "196";
    public override string Message => "Strengths and Difficulties (SDQ) reason is not a valid code.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC2)
        {
            if (OutcomesFacts.Has(row.SdqReason) && row.SdqReason is not ("SDQ1" or "SDQ2" or "SDQ3" or "SDQ4" or "SDQ5"))
                errors.Flag(row, "SDQ_REASON");
        }
    }
}
