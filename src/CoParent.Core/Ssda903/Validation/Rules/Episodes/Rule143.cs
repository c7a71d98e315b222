using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>RNE, when given, is one of S, P, L, T, U, B (ssda903.md §3).</summary>
public sealed class Rule143 : Rule
{
    public override string Code => "143";
    public override string Message => "The reason for new episode code is not a valid code.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Rne is not null && !CodeSets.ReasonForNewEpisode.Contains(episode.Rne)) errors.Flag(episode, "RNE");
        }
    }
}
