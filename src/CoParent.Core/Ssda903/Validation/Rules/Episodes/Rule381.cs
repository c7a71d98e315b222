using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A temporary placement (T0 to T4) is never the end of a period of care: when it ends, REC is X1.</summary>
public sealed class Rule381 : Rule
{
    public override string Code => "381";
    public override string Message => "A period of care cannot end with a temporary placement.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (CodeSets.IsTemporary(episode.Place) && episode.Rec is not null && episode.Rec != "X1") errors.Flag(episode, "PLACE", "REC");
        }
    }
}
