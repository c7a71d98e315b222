using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A young person who died or returned home (IN_TOUCH DIED or RHOM) has activity and accommodation 0.</summary>
public sealed class Rule344 : Rule
{
    public override string Code => "344";
    public override string Message => "The record shows the young person has died or returned home to live with parent(s) or someone with parental responsibility for a continuous period of 6 months or more, but activity and/or accommodation on leaving care have been completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC3];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC3)
        {
            if (row.InTouch is "DIED" or "RHOM" && (row.Activ != "0" || row.Accom != "0")) errors.Flag(row, Oc3Row.CareLeaverFields);
        }
    }
}
