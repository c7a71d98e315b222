using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A child on short breaks (V3 or V4) is not in a temporary placement (T0 to T4).</summary>
public sealed class Rule382 : Rule
{
    public override string Code => "382";
    public override string Message => "A child receiving respite care cannot be in a temporary placement.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (CodeSets.IsShortBreak(episode.Ls) && CodeSets.IsTemporary(episode.Place)) errors.Flag(episode, "LS", "PLACE");
        }
    }
}
