using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// PL_DISTANCE, when derived, must lie between 0 and 999.9 miles; children who are or were UASC
/// and short breaks (V3/V4) are not checked, as the DfE excludes them.
/// </summary>
public sealed class Rule164 : Rule
{
    public override string Code => "164";
    public override string Message => "Distance is not valid. Please check a valid postcode has been entered.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Uasc];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        bool? uasc = null; // looked up only when an episode would be flagged: most children pass
        foreach (var e in child.Episodes)
        {
            if (e.PlDistance is { } miles && !CodeSets.IsShortBreak(e.Ls) && (miles < 0 || miles > 999.9)
                && !(uasc ??= PlacementsFacts.IsOrWasUasc(child, context)))
                errors.Flag(e, "PL_DISTANCE");
        }
    }
}
