using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// Own-LA provision (PR1) cannot be a placement with parents (P1), in the NHS (R2) or in a young offender
/// institution (R5).
/// </summary>
public sealed class Rule527 : Rule
{
    public override string Code => "527";
    public override string Message => "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (e.PlaceProvider == "PR1" && e.Place is "P1" or "R2" or "R5") errors.Flag(e, "PLACE", "PLACE_PROVIDER");
        }
    }
}
