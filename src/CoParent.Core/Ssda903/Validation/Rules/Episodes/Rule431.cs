using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>An episode with RNE S (started to be looked after) starts after the previous episode ended, not on or before that day.</summary>
public sealed class Rule431 : Rule
{
    public override string Code => "431";
    public override string Message => "The reason for new episode is started to be looked after, but the previous episode ended on the same day.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var episodes = child.Episodes;
        for (var i = 1; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Rne == "S" && episode.Decom.Date is { } decom && episodes[i - 1].Dec.Date is { } previousEnd && decom <= previousEnd)
            {
                errors.Flag(episode, "DECOM", "RNE");
            }
        }
    }
}
