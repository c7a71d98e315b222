using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>
/// Decisions to place for adoption, taken in DATE_PLACED order, must not overlap: each later decision needs the one
/// before it reversed (DATE_PLACED_CEASED given) on or before the new DATE_PLACED.
/// </summary>
public sealed class Rule579 : Rule
{
    public override string Code => "579";
    public override string Message => "A new decision that the child should be placed for adoption this year cannot start when the previous decision is still open. Decisions to place the child for adoption should also not overlap. The date of any new decision to place the child for adoption must not be before the date placed ceased of previous decisions.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.PlacedAdoption.Count < 2) return;
        var rows = child.PlacedAdoption.ToArray();
        // Stable order by DATE_PLACED, unreadable dates last, as a file would list them.
        Array.Sort(rows, static (a, b) =>
        {
            var byDate = (a.DatePlaced.Date ?? DateOnly.MaxValue).CompareTo(b.DatePlaced.Date ?? DateOnly.MaxValue);
            return byDate != 0 ? byDate : a.Row.CompareTo(b.Row);
        });
        for (var i = 1; i < rows.Length; i++)
        {
            var previous = rows[i - 1];
            // An unreadable DATE_PLACED_CEASED is left to rule 116 rather than counted as still open.
            var stillOpen = previous.DatePlacedCeased.IsBlank;
            var overlaps = rows[i].DatePlaced.Date < previous.DatePlacedCeased.Date;
            if (stillOpen || overlaps) errors.Flag(rows[i], "DATE_PLACED", "DATE_PLACED_CEASED");
        }
    }
}
