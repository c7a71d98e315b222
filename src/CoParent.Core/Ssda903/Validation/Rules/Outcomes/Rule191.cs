using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A child looked after continuously for 12 months has an OC2 row with immunisations, teeth check, health assessment and substance misuse completed.</summary>
public sealed class Rule191 : Rule
{
    public override string Code => "191";
    public override string Message => "Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been left blank.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.Episodes.Count == 0 || !CareFacts.ContinuouslyLookedAfter(child, context)) return;
        if (child.OC2.Count == 0)
        {
            // No OC2 row at all: the DfE flags the child's first episode.
            errors.Flag(child.Episodes[0], "CHILD");
            return;
        }
        foreach (var row in child.OC2)
        {
            if (OutcomesFacts.MissesCoreHealthItem(row))
                errors.Flag(row, "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE");
        }
    }
}
