using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>
/// Only the latest decision to place for adoption (by DATE_PLACED) may still be open: every earlier decision must
/// have DATE_PLACED_CEASED, and a child cannot have two open decisions.
/// </summary>
public sealed class Rule583 : Rule
{
    public override string Code => "583";
    public override string Message => "More than one date the child should be placed for adoption has been reported, but an earlier decision has not been revoked. Check that both dates are required and add in the date the earlier decision was revoked. Note this may be in a previous year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var rows = child.PlacedAdoption;
        if (rows.Count < 2) return;
        var open = 0;
        PlacedAdoptionRow? latest = null;
        foreach (var row in rows)
        {
            if (row.DatePlacedCeased.IsBlank) open++;
            if (latest is null || row.DatePlaced.Date > latest.DatePlaced.Date || (latest.DatePlaced.Date is null && row.DatePlaced.Date is not null)) latest = row;
        }
        if (open == 0) return;
        foreach (var row in rows)
        {
            if (row.DatePlacedCeased.IsBlank && (open > 1 || !ReferenceEquals(row, latest))) errors.Flag(row, "DATE_PLACED", "DATE_PLACED_CEASED");
        }
    }
}
