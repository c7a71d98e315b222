using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// PL_LA (derived from PL_POST) must be known for every episode except short breaks (V3/V4).
/// When the postcode lookup has not run for a given PL_POST the rule cannot judge, so it does not flag.
/// </summary>
public sealed class Rule169 : Rule
{
    public override string Code => "169";
    public override string Message => "Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode has been entered.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (e.PlLa is null && !CodeSets.IsShortBreak(e.Ls) && PlacementsFacts.PlacementLookupRan(e))
                errors.Flag(e, "PL_LA");
        }
    }
}
