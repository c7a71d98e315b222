using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>The OC2 health, conviction and substance misuse items, when given, are 0 or 1.</summary>
public sealed class Rule181 : Rule
{
    public override string Code => "181";
    public override string Message => "Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC2];

    private static bool IsFlag(string? value) => !OutcomesFacts.Has(value) || value is "0" or "1";

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC2)
        {
            if (!IsFlag(row.Convicted) || !IsFlag(row.HealthCheck) || !IsFlag(row.Immunisations) || !IsFlag(row.TeethCheck)
                || !IsFlag(row.HealthAssessment) || !IsFlag(row.SubstanceMisuse) || !IsFlag(row.InterventionReceived) || !IsFlag(row.InterventionOffered))
            {
                errors.Flag(row, OutcomesFacts.Oc2Items);
            }
        }
    }
}
