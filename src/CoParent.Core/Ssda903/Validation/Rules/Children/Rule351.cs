using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>The child cannot have turned 25 before the collection year started.</summary>
public sealed class Rule351 : Rule
{
    public override string Code => "351";
    public override string Message => "Child was over 25 at the start of the current collection year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        // The DfE's 2025/26 message says 25; the public validator still tests 21, as its older message did.
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (header.Dob.Date is { } dob && CareFacts.BirthdayAt(dob, 25) < context.Start) errors.Flag(header, "DOB");
        }
    }
}
