using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A child with a health check recorded (HEALTH_CHECK 1) has immunisations, teeth check, health assessment and substance misuse completed.</summary>
public sealed class Rule547 : Rule
{
    public override string Code => "547";
    public override string Message => "Any child who has health promotion information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC2)
        {
            if (row.HealthCheck == "1" && OutcomesFacts.MissesCoreHealthItem(row))
                errors.Flag(row, "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE");
        }
    }
}
