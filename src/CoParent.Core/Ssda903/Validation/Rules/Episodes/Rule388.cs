using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>REC X1 means the next episode starts the day this one ended; any other REC means the child left care, so no episode starts that day; and the last episode never ends with X1.</summary>
public sealed class Rule388 : Rule
{
    public override string Code => "388";
    public override string Message => "Reason episode ceased is coded new episode begins, but there is no continuation episode.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Dec.Date is not { } dec || episode.Rec is null) continue;
            if (i == episodes.Count - 1)
            {
                if (episode.Rec == "X1") errors.Flag(episode, "REC");
            }
            else if (episodes[i + 1].Decom.Date is { } nextStart && (episode.Rec == "X1") != (nextStart == dec))
            {
                errors.Flag(episode, "REC");
            }
        }
    }
}
