using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A care leaver under 18 at the start of the year is not accommodated in a foyer (ACCOM T1 or T2).</summary>
public sealed class Rule347 : Rule
{
    public override string Code => "347";
    public override string Message => "Care leavers aged under 18 years, can not be accommodated in a Foyer.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC3];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC3)
        {
            // The DfE tool compares ACCOM with a bare "T", which no valid code equals; foyers are T1 and T2 (ssda903.md §3).
            if (row.Accom is "T1" or "T2" && row.Dob.Date is { } dob && CareFacts.AgeOn(dob, context.Start) < 18)
                errors.Flag(row, "ACCOM", "DOB");
        }
    }
}
