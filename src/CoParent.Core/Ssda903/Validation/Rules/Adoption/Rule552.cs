using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>The latest decision to place for adoption (DATE_PLACED) must be on or before the first placement for adoption (A3 to A6).</summary>
public sealed class Rule552 : Rule
{
    public override string Code => "552";
    public override string Message => "Date of Decision to place a child for adoption should be on or prior to the date that the child was placed for adoption.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        PlacedAdoptionRow? latest = null;
        foreach (var row in child.PlacedAdoption)
        {
            if (row.DatePlaced.Date is { } d && (latest is null || d > latest.DatePlaced.Date)) latest = row;
        }
        if (latest is null) return;
        var placed = AdoptionFacts.First(child, static e => CodeSets.IsPlacedForAdoption(e.Place));
        if (placed is null || !(placed.Decom.Date < latest.DatePlaced.Date)) return;
        errors.Flag(latest, "DATE_PLACED");
        errors.Flag(placed, "DECOM");
    }
}
