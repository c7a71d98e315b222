using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>
/// A child under a placement order (LS E1) must have a decision to place for adoption; while that episode is open
/// the decision cannot have been reversed (DATE_PLACED_CEASED or REASON_PLACED_CEASED given).
/// </summary>
public sealed class Rule553 : Rule
{
    public override string Code => "553";
    public override string Message => "Placement order has been granted but there is no date of decision that the child should be placed for adoption.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var openPlacementOrder = false;
        foreach (var episode in child.Episodes)
        {
            if (episode.Ls != "E1") continue;
            if (child.PlacedAdoption.Count == 0) errors.Flag(episode, "CHILD");
            if (episode.Dec.IsBlank) openPlacementOrder = true;
        }
        if (!openPlacementOrder) return;
        foreach (var row in child.PlacedAdoption)
        {
            if (!row.DatePlacedCeased.IsBlank || row.ReasonPlacedCeased is not null)
                errors.Flag(row, "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED");
        }
    }
}
