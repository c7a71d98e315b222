using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>The decision to place for adoption (DATE_PLACED) must be on or before the first episode under a placement order (LS E1).</summary>
public sealed class Rule554 : Rule
{
    public override string Code => "554";
    public override string Message => "Date of decision that the child should be placed for adoption should be on or prior to the date that the placement order was granted.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.PlacedAdoption.Count == 0) return;
        var order = AdoptionFacts.First(child, static e => e.Ls == "E1");
        if (order is null) return;
        var episodeFlagged = false;
        foreach (var row in child.PlacedAdoption)
        {
            if (!(row.DatePlaced.Date > order.Decom.Date)) continue;
            errors.Flag(row, "DATE_PLACED");
            if (!episodeFlagged) errors.Flag(order, "DECOM", "LS");
            episodeFlagged = true;
        }
    }
}
