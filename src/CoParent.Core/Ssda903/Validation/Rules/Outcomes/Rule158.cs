using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>When an intervention for substance misuse was received, whether one was offered is left blank.</summary>
public sealed class Rule158 : Rule
{
    public override string Code => "158";
    public override string Message => "If a child has been recorded as receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be left blank.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC2)
        {
            if (row.InterventionReceived == "1" && OutcomesFacts.Has(row.InterventionOffered))
                errors.Flag(row, "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED");
        }
    }
}
