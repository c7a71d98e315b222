using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// An Ofsted URN is required for episodes open on or after the collection start, unless the placement
/// type takes none (P1 P3 R1 R2 R5 T0-T4 Z11-Z14) or the placement is outside England.
/// </summary>
public sealed class Rule218 : Rule
{
    public override string Code => "218";
    public override string Message => "Ofsted Unique reference number (URN) is required.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (!CareFacts.IsBlank(e.Urn) || PlacementsFacts.TakesNoUrn(e.Place)) continue;
            if (e.PlLa is "CON" or "NIR" or "SCO" or "WAL" or "NUK") continue;
            var openAfterStart = e.Dec.IsBlank || (e.Dec.Date is { } dec && dec >= context.Start);
            if (openAfterStart) errors.Flag(e, "URN");
        }
    }
}
