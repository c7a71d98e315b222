using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>
/// When last year's decision to place for adoption was still in force (DATE_PLACED given, DATE_PLACED_CEASED blank),
/// this year's DATE_PLACED must be the same date.
/// </summary>
public sealed class Rule560 : Rule
{
    public override string Code => "560";
    public override string Message => "Date of decision that the child should be placed for adoption this year is different from that recorded last year but the decision to place the child for adoption did not change.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.PlacedAdoption];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.PlacedAdoption.Count == 0 || context.LastYear(child) is not { } lastYear) return;
        foreach (var row in child.PlacedAdoption)
        {
            foreach (var last in lastYear.PlacedAdoption)
            {
                if (last.DatePlaced.IsBlank || !last.DatePlacedCeased.IsBlank || row.DatePlaced == last.DatePlaced) continue;
                errors.Flag(row, "DATE_PLACED", "DATE_PLACED_CEASED");
                break;
            }
        }
    }
}
