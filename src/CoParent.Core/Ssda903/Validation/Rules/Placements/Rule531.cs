using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// Voluntary or third-sector provision (PR5) cannot be a placement with parents (P1).
/// </summary>
public sealed class Rule531 : Rule
{
    public override string Code => "531";
    public override string Message => "A placement provider code of PR5 cannot be associated with placements P1.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (e.PlaceProvider == "PR5" && e.Place == "P1") errors.Flag(e, "PLACE", "PLACE_PROVIDER");
        }
    }
}
