using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>The date of birth must be a valid DD/MM/YYYY date; a blank DOB is flagged too.</summary>
public sealed class Rule102 : Rule
{
    public override string Code => "102";
    public override string Message => "Date of birth is not a valid date.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (header.Dob.Date is null) errors.Flag(header, "DOB");
        }
    }
}
