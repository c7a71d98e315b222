using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>REC, when given, is one of the DfE reasons an episode ceased.</summary>
public sealed class Rule149 : Rule
{
    public override string Code => "149";
    public override string Message => "Reason episode ceased code is not valid.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Rec is not null && !CodeSets.ReasonEpisodeCeased.Contains(episode.Rec)) errors.Flag(episode, "REC");
        }
    }
}
