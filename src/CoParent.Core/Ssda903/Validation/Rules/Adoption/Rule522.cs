using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>A decision to place for adoption cannot be reversed (DATE_PLACED_CEASED) before it was made (DATE_PLACED).</summary>
public sealed class Rule522 : Rule
{
    public override string Code => "522";
    public override string Message => "Date of decision that the child should be placed for adoption must be on or before the date that a child should no longer be placed for adoption.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.PlacedAdoption)
        {
            if (row.DatePlacedCeased.Date < row.DatePlaced.Date) errors.Flag(row, "DATE_PLACED", "DATE_PLACED_CEASED");
        }
    }
}
