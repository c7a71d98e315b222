using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A child on short breaks is recorded under V3 or under V4, not both.</summary>
public sealed class Rule426 : Rule
{
    public override string Code => "426";
    public override string Message => "A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        bool v3 = false, v4 = false;
        foreach (var episode in child.Episodes)
        {
            v3 |= episode.Ls == "V3";
            v4 |= episode.Ls == "V4";
        }
        if (!(v3 && v4)) return;
        foreach (var episode in child.Episodes)
        {
            if (CodeSets.IsShortBreak(episode.Ls)) errors.Flag(episode, "LS");
        }
    }
}
