using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>
/// UN4 ("newly looked after, UPN not yet known") is not accepted, in the DfE's words, for a child with an
/// episode starting on or after 24 March of the year's end (ssda903 rule 210 as the public validator applies it).
/// </summary>
public sealed class Rule210 : Rule
{
    public override string Code => "210";
    public override string Message => "Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) code of UN4.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.Header?.Upn != "UN4") return;
        var reference = new DateOnly(context.End.Year, 3, 24);
        var any = false;
        for (var i = 0; i < child.Episodes.Count; i++)
        {
            var e = child.Episodes[i];
            if (e.Decom.Date >= reference)
            {
                errors.Flag(e, "DECOM");
                any = true;
            }
        }
        if (any) errors.Flag(child.Header, "UPN");
    }
}
