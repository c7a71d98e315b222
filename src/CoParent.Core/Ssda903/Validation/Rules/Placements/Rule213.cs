using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// PLACE_PROVIDER must be blank for temporary placements T0 to T3 and for Z11 to Z14.
/// Follows ssda903.md §3 (T4 may carry a provider from 2025/26), where the Python tool also flags T4.
/// </summary>
public sealed class Rule213 : Rule
{
    public override string Code => "213";
    public override string Message => "Placement provider information not required.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (e.PlaceProvider is not null && CodeSets.ProviderMustBeBlank(e.Place)) errors.Flag(e, "PLACE_PROVIDER");
        }
    }
}
