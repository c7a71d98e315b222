using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A young person reaching 17 in the year is not recorded as living with former foster carers (ACCOM Z1 or Z2).</summary>
public sealed class Rule3001 : Rule
{
    public override string Code => "3001";
    public override string Message => "Where care leavers information is being returned for a young person around their 17th birthday, the accommodation cannot be with their former foster carer(s).";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.OC3];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.Dob is not { } dob || !OutcomesFacts.BirthdayInYear(dob, 17, context)) return;
        foreach (var row in child.OC3)
        {
            if (row.Accom is "Z1" or "Z2") errors.Flag(row, "ACCOM");
        }
    }
}
