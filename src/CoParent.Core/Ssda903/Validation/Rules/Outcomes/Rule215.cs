using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A child with care leaver items in OC3 has none of the OC2 health, conviction and substance misuse items.</summary>
public sealed class Rule215 : Rule
{
    public override string Code => "215";
    public override string Message => "Child has care leaver information but one or more data items relating to children looked after for 12 months have been completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC2, ReturnTable.OC3];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.OC2.Count == 0 || child.OC3.Count == 0) return;
        var careLeaver = false;
        foreach (var row in child.OC3) careLeaver |= row.HasCareLeaverItems;
        var oc2Items = false;
        foreach (var row in child.OC2) oc2Items |= OutcomesFacts.HasOc2Items(row);
        if (!careLeaver || !oc2Items) return;
        foreach (var row in child.OC3)
        {
            if (row.HasCareLeaverItems) errors.Flag(row, Oc3Row.CareLeaverFields);
        }
        foreach (var row in child.OC2)
        {
            if (OutcomesFacts.HasOc2Items(row)) errors.Flag(row, OutcomesFacts.Oc2Items);
        }
    }
}
