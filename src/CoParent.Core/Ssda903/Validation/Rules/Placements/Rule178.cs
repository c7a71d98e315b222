using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// PLACE_PROVIDER, when given, must be PR0 to PR5 and must not be given for placements that take no
/// provider (T0 to T3, Z11 to Z14 from 2025/26).
/// </summary>
public sealed class Rule178 : Rule
{
    public override string Code => "178";
    public override string Message => "Placement provider code is not a valid code.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (e.PlaceProvider is null) continue;
            var valid = e.PlaceProvider is "PR0" or "PR1" or "PR2" or "PR3" or "PR4" or "PR5";
            if (!valid || CodeSets.ProviderMustBeBlank(e.Place)) errors.Flag(e, "PLACE_PROVIDER");
        }
    }
}
