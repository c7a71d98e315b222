using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// Every episode other than a short break (V3/V4) needs a PL_DISTANCE, unless the child is or was UASC.
/// When the postcode lookup has not run the rule cannot judge, so it does not flag.
/// </summary>
public sealed class Rule392a : Rule
{
    public override string Code => "392a";
    public override string Message => "Child is looked after but no distance is recorded.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Uasc];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        bool? uasc = null; // looked up only when an episode would be flagged: most children pass
        foreach (var e in child.Episodes)
        {
            if (e.PlDistance is null && !CodeSets.IsShortBreak(e.Ls) && PlacementsFacts.DistanceLookupRan(e)
                && !(uasc ??= PlacementsFacts.IsOrWasUasc(child, context)))
                errors.Flag(e, "PL_DISTANCE");
        }
    }
}
