using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// A placement more than 350 miles from home is queried, except the DfE's 999.9 "not applicable" value.
/// </summary>
public sealed class Rule454 : Rule
{
    public override string Code => "454";
    public override string Message => "Placement distance from home is over 350 miles.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (e.PlDistance is { } miles && miles > 350 && miles != 999.9) errors.Flag(e, "PL_DISTANCE");
        }
    }
}
