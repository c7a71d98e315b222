using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// Short breaks (LS V3/V4) record no distance, so HOME_POST and PL_POST must be blank.
/// </summary>
public sealed class Rule398 : Rule
{
    public override string Code => "398";
    public override string Message => "Distance field completed but child looked after under legal status V3 or V4.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (CodeSets.IsShortBreak(e.Ls) && (!CareFacts.IsBlank(e.HomePost) || !CareFacts.IsBlank(e.PlPost)))
                errors.Flag(e, "HOME_POST", "LS", "PL_POST");
        }
    }
}
