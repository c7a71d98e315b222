using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>When any of conviction, health check or intervention items is given, immunisations, teeth check, health assessment and substance misuse are all given.</summary>
public sealed class Rule182 : Rule
{
    public override string Code => "182";
    public override string Message => "Data entries on immunisations, teeth checks, health assessments and substance misuse problem identified should be completed or all OC2 fields should be left blank.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC2)
        {
            var othersGiven = OutcomesFacts.Has(row.Convicted) || OutcomesFacts.Has(row.HealthCheck)
                || OutcomesFacts.Has(row.InterventionReceived) || OutcomesFacts.Has(row.InterventionOffered);
            if (othersGiven && OutcomesFacts.MissesCoreHealthItem(row)) errors.Flag(row, OutcomesFacts.Oc2Items);
        }
    }
}
