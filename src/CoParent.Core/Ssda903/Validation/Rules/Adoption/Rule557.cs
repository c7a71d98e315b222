using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>
/// A child placed for adoption (A3 to A6) or under a placement order (LS E1) who left care other than by adoption
/// (REC given, not E11, E12 or X1) must have the decision reversed: DATE_PLACED_CEASED and REASON_PLACED_CEASED given.
/// </summary>
public sealed class Rule557 : Rule
{
    public override string Code => "557";
    public override string Message => "Child for whom the decision was made that they should be placed for adoption has left care but was not adopted and information on the decision that they should no longer be placed for adoption items has not been completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var placed = child.PlacedAdoption;
        bool[]? placedFlagged = null;
        foreach (var episode in child.Episodes)
        {
            if (!CodeSets.IsPlacedForAdoption(episode.Place) && episode.Ls != "E1") continue;
            if (episode.Rec is null or "X1" || CodeSets.IsAdopted(episode.Rec)) continue;
            var incomplete = placed.Count == 0;
            for (var i = 0; i < placed.Count; i++)
            {
                if (!placed[i].DatePlacedCeased.IsBlank && placed[i].ReasonPlacedCeased is not null) continue;
                incomplete = true;
                placedFlagged ??= new bool[placed.Count];
                if (!placedFlagged[i]) errors.Flag(placed[i], "DATE_PLACED_CEASED", "REASON_PLACED_CEASED");
                placedFlagged[i] = true;
            }
            if (incomplete) errors.Flag(episode, "PLACE", "LS", "REC");
        }
    }
}
