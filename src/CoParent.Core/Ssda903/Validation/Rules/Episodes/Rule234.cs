using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A child under 10 cannot move placement because of custody: REASON_PLACE_CHANGE is not CUSTOD when the move happened before the 10th birthday.</summary>
public sealed class Rule234 : Rule
{
    public override string Code => "234";
    public override string Message => "A child aged under 10 can not change placement due to being admitted to custody";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (EpisodesFacts.Birthday(child, 10) is not { } tenth) return;
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.ReasonPlaceChange != "CUSTOD") continue;
            // The DfE checks the next episode's DECOM (the day of the move) against the episode before's reason;
            // the Python tool compares the same episode's DECOM. With no next episode, DEC is the day of the move.
            var moved = i + 1 < episodes.Count ? episodes[i + 1].Decom.Date : episode.Dec.Date;
            if (moved < tenth) errors.Flag(episode, "REASON_PLACE_CHANGE");
        }
    }
}
