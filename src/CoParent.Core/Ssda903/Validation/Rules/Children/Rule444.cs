using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A real UPN (not blank, not UN1 to UN5) must belong to one header row only in the return.</summary>
public sealed class Rule444 : Rule
{
    public override string Code => "444";
    public override string Message => "Duplicate UPN has been reported";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];

    public override void CheckReturn(RuleContext context, ErrorSink errors)
    {
        if (context.Current.Table(ReturnTable.Header) is not { } table) return;

        // One pass: the first row holding each UPN is remembered, and flagged (once) when a second turns up.
        var firstWith = new Dictionary<string, HeaderRow?>(table.Rows.Count, StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var header = (HeaderRow)row;
            if (header.Upn is not { } upn || ChildrenFacts.IsUnknownUpnCode(upn)) continue;
            if (!firstWith.TryGetValue(upn, out var first))
            {
                firstWith.Add(upn, header);
                continue;
            }
            if (first is not null)
            {
                errors.Flag(first, "UPN");
                firstWith[upn] = null;
            }
            errors.Flag(header, "UPN");
        }
    }
}
