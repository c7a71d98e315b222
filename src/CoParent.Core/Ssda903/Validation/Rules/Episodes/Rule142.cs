using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>Every episode but the child's latest (in DECOM order) has ended: it has both DEC and REC.</summary>
public sealed class Rule142 : Rule
{
    public override string Code => "142";
    public override string Message => "A new episode has started, but the previous episode has not ended.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count - 1; i++)
        {
            var episode = episodes[i];
            if (episode.Decom.HasDate && (episode.Dec.IsBlank || episode.Rec is null)) errors.Flag(episode, "DEC", "REC");
        }
    }
}
