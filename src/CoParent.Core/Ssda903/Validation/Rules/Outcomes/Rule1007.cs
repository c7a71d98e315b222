using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A young person aged 17 or 18 at 31 March who was looked after on their latest (17th or 18th) birthday has no care leaver information.</summary>
public sealed class Rule1007 : Rule
{
    public override string Code => "1007";
    public override string Message => "Care leaver information is not required for 17- or 18-year olds who are still looked after [on their 17th or 18th birthday.]";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.OC3];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.OC3.Count == 0) return;
        foreach (var row in child.OC3)
        {
            if (!row.HasCareLeaverItems || row.Dob.Date is not { } dob) continue;
            var age = CareFacts.AgeOn(dob, context.End);
            if (age is not (17 or 18)) continue;
            var birthday = CareFacts.BirthdayAt(dob, age);
            foreach (var episode in child.Episodes)
            {
                // An open episode (no DEC) means still looked after; the DfE tool counts only episodes with a DEC after the birthday.
                if (episode.Decom.Date is { } decom && decom <= birthday
                    && (episode.Dec.IsBlank || episode.Dec.Date > birthday))
                {
                    errors.Flag(row, Oc3Row.CareLeaverFields);
                    break;
                }
            }
        }
    }
}
