using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Dolo;

/// <summary>
/// A child under a DoLO is expected to be in a children's home (K2) or a Z12/Z13 placement (ssda903.md §3):
/// any other placement in place during the order is queried (a blank PLACE is left to rule 146).
/// Flags the order and the episode.
/// </summary>
public sealed class Rule709 : Rule
{
    public override string Code => "709";
    public override string Message => "Child with a DoLO is in an unexpected placement type.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.DoLo, ReturnTable.Episodes];
    public override int FirstYear => 2027;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.DoLo.Count == 0) return;
        DoloFacts.FlagPlacements(child, errors, static place => place is not (null or "K2" or "Z12" or "Z13"));
    }
}
