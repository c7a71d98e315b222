using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>No episode follows one that ended because the child died (E2) or was assessed as 18 or over (E15).</summary>
public sealed class Rule437 : Rule
{
    public override string Code => "437";
    public override string Message => "Reason episode ceased is child has died or is aged 18 or over but there are further episodes.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count - 1; i++)
        {
            var episode = episodes[i];
            if (episode.Rec is "E2" or "E15" && episode.Decom.HasDate) errors.Flag(episode, "REC");
        }
    }
}
