using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>LS, when given, is one of the thirteen legal statuses (ssda903.md §3).</summary>
public sealed class Rule144 : Rule
{
    public override string Code => "144";
    public override string Message => "The legal status code is not a valid code.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Ls is not null && !CodeSets.LegalStatus.Contains(episode.Ls)) errors.Flag(episode, "LS");
        }
    }
}
