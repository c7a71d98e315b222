using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A child with a substance misuse problem has whether an intervention was received completed.</summary>
public sealed class Rule192 : Rule
{
    public override string Code => "192";
    public override string Message => "Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC2)
        {
            if (row.SubstanceMisuse == "1" && !OutcomesFacts.Has(row.InterventionReceived))
                errors.Flag(row, "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED");
        }
    }
}
