using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>When a child with a substance misuse problem received no intervention, whether one was offered is completed.</summary>
public sealed class Rule159 : Rule
{
    public override string Code => "159";
    public override string Message => "If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be completed as well.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC2)
        {
            if (row.SubstanceMisuse == "1" && row.InterventionReceived == "0" && !OutcomesFacts.Has(row.InterventionOffered))
                errors.Flag(row, "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED");
        }
    }
}
