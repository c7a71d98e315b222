using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>The three care leaver items (IN_TOUCH, ACTIV, ACCOM) are all completed or all blank.</summary>
public sealed class Rule153 : Rule
{
    public override string Code => "153";
    public override string Message => "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC3];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC3)
        {
            var filled = (OutcomesFacts.Has(row.InTouch) ? 1 : 0) + (OutcomesFacts.Has(row.Activ) ? 1 : 0) + (OutcomesFacts.Has(row.Accom) ? 1 : 0);
            if (filled is 1 or 2) errors.Flag(row, Oc3Row.CareLeaverFields);
        }
    }
}
