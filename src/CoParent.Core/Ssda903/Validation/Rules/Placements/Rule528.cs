using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// Another LA's provision (PR2) cannot be a placement with parents (P1), in the NHS (R2) or in a young
/// offender institution (R5).
/// </summary>
public sealed class Rule528 : Rule
{
    public override string Code => "528";
    public override string Message => "A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (e.PlaceProvider == "PR2" && e.Place is "P1" or "R2" or "R5") errors.Flag(e, "PLACE", "PLACE_PROVIDER");
        }
    }
}
