using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>
/// A decision reported again this year with last year's DATE_PLACED must not have been reversed last year
/// (DATE_PLACED_CEASED or REASON_PLACED_CEASED given last year).
/// </summary>
public sealed class Rule561 : Rule
{
    public override string Code => "561";
    public override string Message => "Date of the decision that the child should be placed for adoption this year is the same as that recorded last year but records show that the decision changed, and the child should no longer be placed for adoption last year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.PlacedAdoption];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.PlacedAdoption.Count == 0 || context.LastYear(child) is not { } lastYear) return;
        foreach (var row in child.PlacedAdoption)
        {
            if (row.DatePlaced.IsBlank) continue;
            foreach (var last in lastYear.PlacedAdoption)
            {
                if (row.DatePlaced != last.DatePlaced || (last.DatePlacedCeased.IsBlank && last.ReasonPlacedCeased is null)) continue;
                errors.Flag(row, "DATE_PLACED");
                break;
            }
        }
    }
}
