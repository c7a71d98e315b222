using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>A reversed decision (DATE_PLACED_CEASED and REASON_PLACED_CEASED given) needs the decision it reverses (DATE_PLACED).</summary>
public sealed class Rule563 : Rule
{
    public override string Code => "563";
    public override string Message => "The child should no longer be placed for adoption but the date of the decision that the child should be placed for adoption is blank";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.PlacedAdoption)
        {
            if (row.ReasonPlacedCeased is not null && !row.DatePlacedCeased.IsBlank && row.DatePlaced.IsBlank)
                errors.Flag(row, "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED");
        }
    }
}
