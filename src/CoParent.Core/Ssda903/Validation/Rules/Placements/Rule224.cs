using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// A placement's Ofsted URN must belong to a provider of the recorded kind: PLACE_PROVIDER must be among
/// the provider's placement provider codes (OfstedProvider.Sector, Ofsted's "placement provider code" list).
/// </summary>
public sealed class Rule224 : Rule
{
    public override string Code => "224";
    public override string Message => "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement provider recorded.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];
    public override bool UsesProviders => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (!PlacementsFacts.HasRealUrn(e)) continue;
            var provider = context.Providers!.Find(e.Urn!);
            if (provider is null || !PlacementsFacts.ListsCode(provider.Sector, e.PlaceProvider)) errors.Flag(e, "PLACE_PROVIDER");
        }
    }
}
