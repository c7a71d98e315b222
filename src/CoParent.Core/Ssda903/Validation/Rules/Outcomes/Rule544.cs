using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A child recorded as convicted has immunisations, teeth check, health assessment and substance misuse completed.</summary>
public sealed class Rule544 : Rule
{
    public override string Code => "544";
    public override string Message => "Any child who has conviction information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC2)
        {
            if (row.Convicted == "1" && OutcomesFacts.MissesCoreHealthItem(row))
                errors.Flag(row, "CONVICTED", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE");
        }
    }
}
