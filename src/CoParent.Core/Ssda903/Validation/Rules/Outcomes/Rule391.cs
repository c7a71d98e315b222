using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>Care leaver information is only for young people who are 17 to 21 at some point in the year.</summary>
public sealed class Rule391 : Rule
{
    public override string Code => "391";
    public override string Message => "Young person was not 17, 18, 19, 20 or 21 during the current collection year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC3];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC3)
        {
            if (!row.HasCareLeaverItems || row.Dob.Date is not { } dob) continue;
            // Under 17 at 31 March, as the DfE tool checks; and 22 or over on 1 April, the other half of the message.
            if (CareFacts.AgeOn(dob, context.End) < 17 || CareFacts.AgeOn(dob, context.Start) >= 22)
                errors.Flag(row, "DOB", "IN_TOUCH", "ACTIV", "ACCOM");
        }
    }
}
