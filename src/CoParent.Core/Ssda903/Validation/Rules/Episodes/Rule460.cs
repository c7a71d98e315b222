using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>Staying put with carers (REC E17) happens on or after the 18th birthday.</summary>
public sealed class Rule460 : Rule
{
    public override string Code => "460";
    public override string Message => "Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (EpisodesFacts.Birthday(child, 18) is not { } birthday) return;
        foreach (var episode in child.Episodes)
        {
            if (episode.Rec is "E17" && episode.Dec.Date is { } dec && dec < birthday) errors.Flag(episode, "DEC", "REC");
        }
    }
}
