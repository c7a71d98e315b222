using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>The child's ethnicity code must be the same as in last year's return.</summary>
public sealed class Rule204 : Rule
{
    public override string Code => "204";
    public override string Message => "Ethnic origin code disagrees with the ethnic origin already recorded for this child.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (context.LastYear(child)?.Header is not { } last) return;
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (header.Ethnic != last.Ethnic) errors.Flag(header, "ETHNIC");
        }
    }
}
