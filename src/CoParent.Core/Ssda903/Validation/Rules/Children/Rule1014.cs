using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A UASC child with OC3 (care leaver) information must have been looked after in the year, or the UASC row is not needed.</summary>
public sealed class Rule1014 : Rule
{
    public override string Code => "1014";
    public override string Message => "UASC information is not required for care leavers";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Uasc, ReturnTable.Episodes, ReturnTable.OC3];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.Uasc.Count == 0 || !ChildrenFacts.HasCareLeaverData(child)) return;
        for (var i = 0; i < child.Episodes.Count; i++)
        {
            var e = child.Episodes[i];
            if (ChildrenFacts.OpenInYear(e, context)) return;
        }

        // The public validator joins from the episodes table, so misses care leavers with no episodes at all;
        // the message covers them too, so we include them.
        errors.FlagAll(child.Uasc, "DUC");
        for (var i = 0; i < child.OC3.Count; i++)
        {
            var row = child.OC3[i];
            if (row.HasCareLeaverItems) errors.Flag(row, Oc3Row.CareLeaverFields);
        }
    }
}
