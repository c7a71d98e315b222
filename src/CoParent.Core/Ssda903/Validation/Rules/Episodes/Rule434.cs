using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>RNE L (legal status changed, placement did not): LS differs from the episode before, and PLACE, PL_POST, URN and PLACE_PROVIDER do not.</summary>
public sealed class Rule434 : Rule
{
    public override string Code => "434";
    public override string Message => "Reason for new episode is that child's legal status has changed but not the placement, but this is not reflected in the episode data.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var episodes = child.Episodes;
        for (var i = 1; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            var previous = episodes[i - 1];
            if (episode.Rne == "L" && (EpisodesFacts.Same(episode.Ls, previous.Ls) || !EpisodesFacts.SamePlacement(previous, episode)))
            {
                errors.Flag(episode, "LS", "PLACE", "PLACE_PROVIDER", "PL_POST", "RNE", "URN");
            }
        }
    }
}
