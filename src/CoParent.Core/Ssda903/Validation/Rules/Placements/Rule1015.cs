using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// Own provision (PR1) outside foster and adoption placements (A3-A6, U1-U6) and supported accommodation
/// (K3), and not a short break, must be in the council's own area: PL_LA must be the council's code.
/// </summary>
public sealed class Rule1015 : Rule
{
    public override string Code => "1015";
    public override string Message => "Placement provider is own provision but child not placed in own LA.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (e.PlaceProvider != "PR1" || e.Place is null || e.Ls is null || CodeSets.IsShortBreak(e.Ls)) continue;
            if (e.Place is "A3" or "A4" or "A5" or "A6" or "U1" or "U2" or "U3" or "U4" or "U5" or "U6" or "K3") continue;
            if (e.PlLa != context.CouncilCode) errors.Flag(e, "PL_LA");
        }
    }
}
