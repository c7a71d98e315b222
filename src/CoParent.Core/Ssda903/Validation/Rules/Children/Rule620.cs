using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A child recorded as a mother must have been 11 or older at the start of the collection year.</summary>
public sealed class Rule620 : Rule
{
    public override string Code => "620";
    public override string Message => "Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (header.Mother == "1" && header.Dob.Date is { } dob && CareFacts.BirthdayAt(dob, 11) > context.Start)
            {
                errors.Flag(header, "DOB", "MOTHER");
            }
        }
    }
}
