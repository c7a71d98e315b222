using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A temporary placement (T0 to T4) is never the start of a period of care: its RNE is P or B.</summary>
public sealed class Rule380 : Rule
{
    public override string Code => "380";
    public override string Message => "A period of care cannot start with a temporary placement.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (CodeSets.IsTemporary(episode.Place) && episode.Rne is not ("P" or "B")) errors.Flag(episode, "PLACE", "RNE");
        }
    }
}
