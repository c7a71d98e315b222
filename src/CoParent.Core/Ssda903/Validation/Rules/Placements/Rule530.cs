using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// Private provision (PR4) cannot be a placement with parents (P1).
/// </summary>
public sealed class Rule530 : Rule
{
    public override string Code => "530";
    public override string Message => "A placement provider code of PR4 cannot be associated with placement P1.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (e.PlaceProvider == "PR4" && e.Place == "P1") errors.Flag(e, "PLACE", "PLACE_PROVIDER");
        }
    }
}
