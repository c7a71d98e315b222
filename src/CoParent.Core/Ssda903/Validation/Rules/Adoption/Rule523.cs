using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>The decision to place for adoption is one date: PlacedAdoption's DATE_PLACED must equal AD1's DATE_INT when both are given.</summary>
public sealed class Rule523 : Rule
{
    public override string Code => "523";
    public override string Message => "Date of decision that the child should be placed for adoption should be the same date as the decision that adoption is in the best interest (date should be placed).";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1, ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.AD1.Count == 0 || child.PlacedAdoption.Count == 0) return;
        var ad1Flagged = new bool[child.AD1.Count];
        foreach (var placed in child.PlacedAdoption)
        {
            if (placed.DatePlaced.Date is not { } datePlaced) continue;
            var placedFlagged = false;
            for (var i = 0; i < child.AD1.Count; i++)
            {
                if (child.AD1[i].DateInt.Date is not { } dateInt || dateInt == datePlaced) continue;
                if (!placedFlagged) errors.Flag(placed, "DATE_PLACED");
                if (!ad1Flagged[i]) errors.Flag(child.AD1[i], "DATE_INT");
                placedFlagged = ad1Flagged[i] = true;
            }
        }
    }
}
