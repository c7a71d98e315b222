using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// Own provision (PR1) must be at a provider in the council's area and another LA's provision (PR2) at one
/// outside it, judged by the LA of the Ofsted provider (OfstedProvider.LocalAuthority, an upper-tier LA code).
/// Placement types without registered providers (K3 P1 P3 R1 R2 R5 T0-T4 Z11-Z14) are not checked.
/// </summary>
public sealed class Rule229 : Rule
{
    public override string Code => "229";
    public override string Message => "Placement provider does not match between the placing authority and the local authority code of the provider.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];
    public override bool UsesProviders => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (!PlacementsFacts.HasRealUrn(e) || e.Place == "K3" || PlacementsFacts.TakesNoUrn(e.Place)) continue;
            if (e.PlaceProvider is not ("PR1" or "PR2")) continue;
            var providerLa = context.Providers!.Find(e.Urn!)?.LocalAuthority;
            var inArea = providerLa == context.CouncilCode;
            if ((e.PlaceProvider == "PR1" && !inArea) || (e.PlaceProvider == "PR2" && inArea))
                errors.Flag(e, "PLACE_PROVIDER", "URN");
        }
    }
}
