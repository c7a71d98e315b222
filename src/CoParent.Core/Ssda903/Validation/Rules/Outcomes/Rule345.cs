using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A young person the council is in touch with (IN_TOUCH YES) has neither activity nor accommodation 0.</summary>
public sealed class Rule345 : Rule
{
    public override string Code => "345";
    public override string Message => "The data collection record shows the local authority is in touch with this young person, but activity and/or accommodation data items are zero.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC3];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC3)
        {
            if (row.InTouch == "YES" && (row.Activ == "0" || row.Accom == "0")) errors.Flag(row, Oc3Row.CareLeaverFields);
        }
    }
}
