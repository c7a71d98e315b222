using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A child is adopted (REC E11 or E12) before the 18th birthday.</summary>
public sealed class Rule386 : Rule
{
    public override string Code => "386";
    public override string Message => "Reason episode ceased is adopted but child has reached age 18.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (EpisodesFacts.Birthday(child, 18) is not { } birthday) return;
        foreach (var episode in child.Episodes)
        {
            if (episode.Rec is "E11" or "E12" && episode.Dec.Date is { } dec && dec >= birthday) errors.Flag(episode, "REC");
        }
    }
}
