using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// No Ofsted URN (other than the placeholder XXXXXXX) for placement types that take none.
/// Uses Z11 to Z14 as ssda903.md §3 lists them; the Python tool still lists the retired Z1.
/// </summary>
public sealed class Rule222 : Rule
{
    public override string Code => "222";
    public override string Message => "Ofsted Unique reference number (URN) should not be recorded for this placement type.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (PlacementsFacts.TakesNoUrn(e.Place) && PlacementsFacts.HasRealUrn(e)) errors.Flag(e, "URN");
        }
    }
}
