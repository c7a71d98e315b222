using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// Short breaks (LS V3/V4) have no placement LA: PL_LA must be blank.
/// </summary>
public sealed class Rule420 : Rule
{
    public override string Code => "420";
    public override string Message => "LA of placement completed but child is looked after under legal status V3 or V4.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (CodeSets.IsShortBreak(e.Ls) && e.PlLa is not null) errors.Flag(e, "PL_LA");
        }
    }
}
