using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A child with no substance misuse problem identified has the intervention items left blank.</summary>
public sealed class Rule193 : Rule
{
    public override string Code => "193";
    public override string Message => "Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC2)
        {
            if (row.SubstanceMisuse is null or "0" && (OutcomesFacts.Has(row.InterventionReceived) || OutcomesFacts.Has(row.InterventionOffered)))
                errors.Flag(row, "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED");
        }
    }
}
