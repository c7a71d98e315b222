using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A child looked after continuously for 12 months has no care leaver (OC3) or adoption (AD1) items.</summary>
public sealed class Rule187 : Rule
{
    public override string Code => "187";
    public override string Message => "Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1, ReturnTable.Episodes, ReturnTable.OC3];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.OC3.Count == 0 && child.AD1.Count == 0) return;
        if (!CareFacts.ContinuouslyLookedAfter(child, context)) return;
        foreach (var row in child.OC3)
        {
            if (row.HasCareLeaverItems) errors.Flag(row, Oc3Row.CareLeaverFields);
        }
        foreach (var row in child.AD1)
        {
            if (row.HasAdoptionItems) errors.Flag(row, Ad1Row.AdoptionFields);
        }
    }
}
