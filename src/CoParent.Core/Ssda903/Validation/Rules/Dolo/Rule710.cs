using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Dolo;

/// <summary>
/// A child under a DoLO cannot be placed in a secure children's home (K1), with parents (P1), in a young
/// offender institution (R5) or in supported accommodation (K3). Flags the order and the episode.
/// </summary>
public sealed class Rule710 : Rule
{
    public override string Code => "710";
    public override string Message => "Child with a DoLO can not be placed in secure children's homes, with parents, young offender institutions, or supported accommodation.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.DoLo, ReturnTable.Episodes];
    public override int FirstYear => 2027;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.DoLo.Count == 0) return;
        DoloFacts.FlagPlacements(child, errors, static place => place is "K1" or "P1" or "R5" or "K3");
    }
}
