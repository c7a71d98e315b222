using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>
/// The header's UASC status must be 0 or 1. For CSV returns it is derived from the UASC table and always
/// valid; it can only be wrong when supplied as a field (XML).
/// </summary>
public sealed class Rule105 : Rule
{
    public override string Code => "105";
    public override string Message => "Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or has not been completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            // Without a UASC table and without a UASC field the status is simply not known here, not invalid.
            if (header.Uasc is null && !context.Current.Has(ReturnTable.Uasc)) continue;
            if (header.Uasc is not ("0" or "1")) errors.Flag(header, "UASC");
        }
    }
}
