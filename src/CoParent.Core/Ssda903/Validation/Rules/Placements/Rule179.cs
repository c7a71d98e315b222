using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// PL_LOCATION (derived IN/OUT) must be known for every episode except short breaks (V3/V4).
/// When the postcode lookup has not run for a given PL_POST the rule cannot judge, so it does not flag.
/// </summary>
public sealed class Rule179 : Rule
{
    public override string Code => "179";
    public override string Message => "Placement location code is not a valid code.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (e.PlLocation is null && !CodeSets.IsShortBreak(e.Ls) && PlacementsFacts.PlacementLookupRan(e))
                errors.Flag(e, "PL_LOCATION");
        }
    }
}
