using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// Other public provision (PR3) cannot be P1, adoption (A3-A6), children's homes (K1, K2) or fostering (U1-U6).
/// </summary>
public sealed class Rule529 : Rule
{
    public override string Code => "529";
    public override string Message => "Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as these placements cannot be provided by other public organisations.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (e.PlaceProvider == "PR3"
                && e.Place is "P1" or "A3" or "A4" or "A5" or "A6" or "K1" or "K2" or "U1" or "U2" or "U3" or "U4" or "U5" or "U6")
                errors.Flag(e, "PLACE", "PLACE_PROVIDER");
        }
    }
}
