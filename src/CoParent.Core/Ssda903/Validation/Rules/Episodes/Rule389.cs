using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A child moves to adult social care (REC E7) no earlier than the 16th birthday.</summary>
public sealed class Rule389 : Rule
{
    public override string Code => "389";
    public override string Message => "Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (EpisodesFacts.Birthday(child, 16) is not { } birthday) return;
        foreach (var episode in child.Episodes)
        {
            if (episode.Rec is "E7" && episode.Dec.Date is { } dec && dec < birthday) errors.Flag(episode, "REC");
        }
    }
}
