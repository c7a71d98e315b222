using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// Every episode needs a PLACE_PROVIDER except temporary placements (T0 to T4) and Z11 to Z14.
/// </summary>
public sealed class Rule526 : Rule
{
    public override string Code => "526";
    public override string Message => "Child is missing a placement provider code for at least one episode.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (e.PlaceProvider is null && e.Place is not ("T0" or "T1" or "T2" or "T3" or "T4" or "Z11" or "Z12" or "Z13" or "Z14"))
                errors.Flag(e, "PLACE", "PLACE_PROVIDER");
        }
    }
}
