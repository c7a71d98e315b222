using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// A URN other than the placeholder XXXXXXX must be in Ofsted's provider lists.
/// </summary>
public sealed class Rule1008 : Rule
{
    public override string Code => "1008";
    public override string Message => "Ofsted Unique Reference Number (URN) is not valid.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];
    public override bool UsesProviders => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (PlacementsFacts.HasRealUrn(e) && context.Providers!.Find(e.Urn!) is null) errors.Flag(e, "URN");
        }
    }
}
