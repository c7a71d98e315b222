using CoParent.Core.Geography;
using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>After a temporary placement the child goes back to the placement before it: RNE P, and the same PLACE and PL_POST as the episode before the temporary one.</summary>
public sealed class Rule383 : Rule
{
    public override string Code => "383";
    public override string Message => "A child in a temporary placement must subsequently return to his/her normal placement.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var episodes = child.Episodes;
        for (var i = 2; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            var usual = episodes[i - 2];
            if (CodeSets.IsTemporary(episodes[i - 1].Place)
                && (episode.Rne != "P" || !EpisodesFacts.Same(episode.Place, usual.Place) || !Postcode.SameCode(episode.PlPost, usual.PlPost)))
            {
                errors.Flag(episode, "PLACE", "PL_POST", "RNE");
            }
        }
    }
}
