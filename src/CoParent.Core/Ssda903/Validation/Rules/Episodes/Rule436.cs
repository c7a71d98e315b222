using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>RNE B or U (legal status and placement changed): LS differs from the episode before, and at least one of PLACE, PL_POST, URN and PLACE_PROVIDER differs.</summary>
public sealed class Rule436 : Rule
{
    public override string Code => "436";
    public override string Message => "Reason for new episode is that both child’s placement and legal status have changed, but this is not reflected in the episode data.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var episodes = child.Episodes;
        for (var i = 1; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            var previous = episodes[i - 1];
            if (episode.Rne is "B" or "U" && (EpisodesFacts.Same(episode.Ls, previous.Ls) || EpisodesFacts.SamePlacement(previous, episode)))
            {
                errors.Flag(episode, "LS", "PLACE", "PLACE_PROVIDER", "PL_POST", "RNE", "URN");
            }
        }
    }
}
