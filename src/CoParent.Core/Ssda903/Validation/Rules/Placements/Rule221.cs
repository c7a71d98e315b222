using CoParent.Core.Geography;
using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// For children's homes, secure homes, family centres and residential schools (K1 K2 R3 S1), PL_POST
/// must be the Ofsted provider's postcode (ignoring spaces and case). Short breaks are not checked.
/// </summary>
public sealed class Rule221 : Rule
{
    public override string Code => "221";
    public override string Message => "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement postcode provided.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];
    public override bool UsesProviders => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var e in child.Episodes)
        {
            if (!PlacementsFacts.HasRealUrn(e) || CodeSets.IsShortBreak(e.Ls) || CareFacts.IsBlank(e.PlPost)) continue;
            if (e.Place is not ("K1" or "K2" or "R3" or "S1")) continue;
            var provider = context.Providers!.Find(e.Urn!);
            if (provider?.Postcode is not { } postcode || !Postcode.SameCode(postcode, e.PlPost!))
                errors.Flag(e, "PL_POST");
        }
    }
}
