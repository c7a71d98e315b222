using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A warning when a UASC child is under 11 at the end of the year: the DOB is probably wrong.</summary>
public sealed class Rule231 : Rule
{
    public override string Code => "231";
    public override string Message => "We expect that unaccompanied asylum seeking children are generally older young people. Please check the date of birth is correct. If the date of birth is correct then please provide details in a bypass request.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (header.Uasc == "1" && header.Dob.Date is { } dob && CareFacts.BirthdayAt(dob, 11) > context.End)
            {
                errors.Flag(header, "DOB", "UASC_STATUS");
            }
        }
    }
}
