using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>Episodes do not overlap: each starts on or after the day the one before it ended.</summary>
public sealed class Rule501 : Rule
{
    public override string Code => "501";
    public override string Message => "A new episode has started before the end date of the previous episode.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var episodes = child.Episodes;
        for (var i = 1; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Decom.Date is { } decom && episodes[i - 1].Dec.Date is { } previousEnd && decom < previousEnd)
            {
                errors.Flag(episode, "DEC", "DECOM");
            }
        }
    }
}
