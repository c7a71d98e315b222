using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// Every episode other than a short break (V3/V4) needs both HOME_POST and PL_POST, unless the child
/// is or was UASC (as far as this and last year's UASC tables show).
/// </summary>
public sealed class Rule392b : Rule
{
    public override string Code => "392b";
    public override string Message => "Child is looked after but no postcodes are recorded.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        bool? uasc = null; // looked up only when an episode would be flagged: most children pass
        foreach (var e in child.Episodes)
        {
            if (!CodeSets.IsShortBreak(e.Ls) && (CareFacts.IsBlank(e.HomePost) || CareFacts.IsBlank(e.PlPost))
                && !(uasc ??= PlacementsFacts.IsOrWasUasc(child, context)))
                errors.Flag(e, "HOME_POST", "PL_POST");
        }
    }
}
