using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// A placement's Ofsted URN must belong to a provider registered for that placement type: PLACE must be
/// among the provider's placement codes (OfstedProvider.ProviderType, Ofsted's "provider placement code" list).
/// A URN not in Ofsted's lists is flagged too, as the Python tool does.
/// </summary>
public sealed class Rule219 : Rule
{
    public override string Code => "219";
    public override string Message => "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement type recorded.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];
    public override bool UsesProviders => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (!PlacementsFacts.HasRealUrn(e)) continue;
            var provider = context.Providers!.Find(e.Urn!);
            if (provider is null || !PlacementsFacts.ListsCode(provider.ProviderType, e.Place)) errors.Flag(e, "PLACE", "URN");
        }
    }
}
