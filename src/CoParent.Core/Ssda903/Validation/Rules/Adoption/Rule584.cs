using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>
/// When last year's decision to place for adoption was reversed (DATE_PLACED_CEASED or REASON_PLACED_CEASED given),
/// this year's decision must be a new one: DATE_PLACED given and later than last year's.
/// </summary>
public sealed class Rule584 : Rule
{
    public override string Code => "584";
    public override string Message => "Date of decision that the child should be placed for adoption this year is different from that recorded last year, but the decision to placed the child for adoption changed and the child should no longer be placed for adoption.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.PlacedAdoption];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        // The Python tool mixes up row positions after its merge; this follows the rule as its comment states it.
        if (child.PlacedAdoption.Count == 0 || context.LastYear(child) is not { } lastYear) return;
        foreach (var row in child.PlacedAdoption)
        {
            foreach (var last in lastYear.PlacedAdoption)
            {
                if (last.DatePlacedCeased.IsBlank && last.ReasonPlacedCeased is null) continue;
                if (!row.DatePlaced.IsBlank && !(row.DatePlaced.Date <= last.DatePlaced.Date)) continue;
                errors.Flag(row, "DATE_PLACED");
                break;
            }
        }
    }
}
