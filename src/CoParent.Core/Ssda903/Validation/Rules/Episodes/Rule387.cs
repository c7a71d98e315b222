using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A child moves to independent living (REC E5 or E6) no earlier than the 14th birthday.</summary>
public sealed class Rule387 : Rule
{
    public override string Code => "387";
    public override string Message => "Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (EpisodesFacts.Birthday(child, 14) is not { } birthday) return;
        foreach (var episode in child.Episodes)
        {
            if (episode.Rec is "E5" or "E6" && episode.Dec.Date is { } dec && dec < birthday) errors.Flag(episode, "REC");
        }
    }
}
