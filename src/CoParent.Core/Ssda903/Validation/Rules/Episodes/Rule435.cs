using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>RNE P or T (placement changed, legal status did not): LS is the same as the episode before, and at least one of PLACE, PL_POST, URN and PLACE_PROVIDER differs.</summary>
public sealed class Rule435 : Rule
{
    public override string Code => "435";
    public override string Message => "Reason for new episode is that child’s placement has changed but not the legal status, but this is not reflected in the episode data recorded.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        // Blanks compare equal to blanks here, as in rules 434 and 436 (the Python tool treats them as different).
        var episodes = child.Episodes;
        for (var i = 1; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            var previous = episodes[i - 1];
            if (episode.Rne is "P" or "T" && (!EpisodesFacts.Same(episode.Ls, previous.Ls) || EpisodesFacts.SamePlacement(previous, episode)))
            {
                errors.Flag(episode, "LS", "PLACE", "PLACE_PROVIDER", "PL_POST", "URN");
            }
        }
    }
}
