using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>
/// The UPN must match last year's, except that an unknown UPN may become known, and UN1 (or none) may become
/// UN2 to UN5.
/// </summary>
public sealed class Rule208 : Rule
{
    public override string Code => "208";
    public override string Message => "Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already recorded for this child.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (context.LastYear(child)?.Header is not { } last) return;
        var before = last.Upn;
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            var now = header.Upn;
            if (now == before) continue;
            var wasUnknown = before is null || ChildrenFacts.IsUnknownUpnCode(before);
            var nowKnown = now is not null && !ChildrenFacts.IsUnknownUpnCode(now);
            if (wasUnknown && nowKnown) continue;
            if ((before is null || before == "UN1") && now is "UN2" or "UN3" or "UN4" or "UN5") continue;
            errors.Flag(header, "UPN");
        }
    }
}
