using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>Once recorded, the date of birth of a mother's first child must not change from last year's.</summary>
public sealed class Rule624 : Rule
{
    public override string Code => "624";
    public override string Message => "Date of birth of the first child contradicts the date of birth of the first child previously recorded.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (context.LastYear(child)?.Header is not { } last || last.McDob.IsBlank) return;
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (header.McDob != last.McDob) errors.Flag(header, "MC_DOB");
        }
    }
}
