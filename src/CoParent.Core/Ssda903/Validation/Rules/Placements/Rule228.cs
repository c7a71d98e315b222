using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// An episode cannot end after its provider's registration closed; an open episode needs the provider still
/// registered at 31 March.
/// </summary>
public sealed class Rule228 : Rule
{
    public override string Code => "228";
    public override string Message => "Ofsted Unique reference number (URN) is not valid for the episode end date";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];
    public override bool UsesProviders => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (!PlacementsFacts.HasRealUrn(e) || e.Dec.IsInvalid) continue;
            if (context.Providers!.Find(e.Urn!)?.ClosedOn is not { } closed) continue;
            var end = e.Dec.Date ?? context.End;
            if (end > closed) errors.Flag(e, "DEC", "URN");
        }
    }
}
