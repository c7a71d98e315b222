using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// An episode cannot start at a provider on or after the day Ofsted closed its registration.
/// </summary>
public sealed class Rule227 : Rule
{
    public override string Code => "227";
    public override string Message => "Ofsted Unique reference number (URN) is not valid for the episode start date.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];
    public override bool UsesProviders => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (!PlacementsFacts.HasRealUrn(e) || e.Decom.Date is not { } decom) continue;
            if (context.Providers!.Find(e.Urn!)?.ClosedOn is { } closed && decom >= closed) errors.Flag(e, "DECOM", "URN");
        }
    }
}
