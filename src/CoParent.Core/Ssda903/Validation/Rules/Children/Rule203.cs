using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>The child's date of birth must be the same as in last year's return (when both are valid dates).</summary>
public sealed class Rule203 : Rule
{
    public override string Code => "203";
    public override string Message => "Date of birth disagrees with the date of birth already recorded for this child.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (context.LastYear(child)?.Header?.Dob.Date is not { } last) return;
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (header.Dob.Date is { } dob && dob != last) errors.Flag(header, "DOB");
        }
    }
}
