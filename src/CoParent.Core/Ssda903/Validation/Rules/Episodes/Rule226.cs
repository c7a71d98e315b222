using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A temporary placement (T0 to T4) has no reason for placement change, on its own episode or on the one before it (the move into it).</summary>
public sealed class Rule226 : Rule
{
    public override string Code => "226";
    public override string Message => "Reason for placement change is not required for temporary placements.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (CodeSets.IsTemporary(episode.Place)
                && (episode.ReasonPlaceChange is not null || (i > 0 && episodes[i - 1].ReasonPlaceChange is not null)))
            {
                errors.Flag(episode, "PLACE", "REASON_PLACE_CHANGE");
            }
        }
    }
}
