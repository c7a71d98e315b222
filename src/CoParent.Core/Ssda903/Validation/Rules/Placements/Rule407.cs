using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// An episode ending in a special guardianship order (E45 to E48) must end before the child is 18:
/// DEC after the 18th birthday flags the episode and the child's header.
/// </summary>
public sealed class Rule407 : Rule
{
    public override string Code => "407";
    public override string Message => "Reason episode ceased is Special Guardianship Order, but child has reached age 18.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.Header is not { } header || header.Dob.Date is not { } dob) return;
        var eighteenth = CareFacts.BirthdayAt(dob, 18);
        var flagged = false;
        foreach (var e in child.Episodes)
        {
            if (e.Rec is "E45" or "E46" or "E47" or "E48" && e.Dec.Date is { } dec && dec > eighteenth)
            {
                errors.Flag(e, "DEC", "REC");
                flagged = true;
            }
        }
        if (flagged) errors.Flag(header, "DOB");
    }
}
