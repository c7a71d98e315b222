using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>An episode ending in a change of placement (REC X1, then RNE P, B, T or U) records the reason the placement changed, unless either placement is temporary.</summary>
public sealed class Rule225 : Rule
{
    public override string Code => "225";
    public override string Message => "Reason for placement change must be recorded.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count - 1; i++)
        {
            var episode = episodes[i];
            var next = episodes[i + 1];
            if (episode.Rec == "X1" && episode.ReasonPlaceChange is null && !CodeSets.IsTemporary(episode.Place)
                && next.Rne is "P" or "B" or "T" or "U" && !CodeSets.IsTemporary(next.Place))
            {
                errors.Flag(episode, "REASON_PLACE_CHANGE");
            }
        }
    }
}
