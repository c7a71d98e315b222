using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A continuation episode (RNE P, L, T, U or B) starts on the day the previous episode ended.</summary>
public sealed class Rule433 : Rule
{
    public override string Code => "433";
    public override string Message => "The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day as the last episode finished.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var episodes = child.Episodes;
        for (var i = 1; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Rne is not ("P" or "L" or "T" or "U" or "B") || episode.Decom.Date is not { } decom) continue;
            var previousEnd = episodes[i - 1].Dec;
            if (previousEnd.IsBlank || (previousEnd.Date is { } end && end != decom)) errors.Flag(episode, "DECOM", "RNE");
        }
    }
}
