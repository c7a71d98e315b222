using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// Short breaks (LS V3/V4) record no placement location: PL_POST and URN must be blank.
/// </summary>
public sealed class Rule214 : Rule
{
    public override string Code => "214";
    public override string Message => "Placement location information not required.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (CodeSets.IsShortBreak(e.Ls) && (!CareFacts.IsBlank(e.PlPost) || !CareFacts.IsBlank(e.Urn)))
                errors.Flag(e, "PL_POST", "URN");
        }
    }
}
