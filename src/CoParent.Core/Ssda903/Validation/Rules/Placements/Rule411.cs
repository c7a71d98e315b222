using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// PL_LOCATION IN means placed in the council's own area, so PL_LA must be the council's code.
/// </summary>
public sealed class Rule411 : Rule
{
    public override string Code => "411";
    public override string Message => "Placement location code disagrees with LA of placement.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (e.PlLocation == "IN" && e.PlLa != context.CouncilCode) errors.Flag(e, "PL_LOCATION");
        }
    }
}
