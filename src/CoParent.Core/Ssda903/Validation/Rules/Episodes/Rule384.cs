using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A child on short breaks (V3 or V4) is not in a long-term foster placement (U1 or U4).</summary>
public sealed class Rule384 : Rule
{
    public override string Code => "384";
    public override string Message => "A child receiving respite care cannot be in a long-term foster placement";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (CodeSets.IsShortBreak(episode.Ls) && episode.Place is "U1" or "U4") errors.Flag(episode, "LS", "PLACE");
        }
    }
}
