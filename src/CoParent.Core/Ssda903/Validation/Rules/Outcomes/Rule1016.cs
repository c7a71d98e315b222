using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A young person aged 17 or 18 at 31 March whose episode ended on or after their 17th birthday has no care leaver information.</summary>
public sealed class Rule1016 : Rule
{
    public override string Code => "1016";
    public override string Message => "Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after their birthday.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.OC3];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.OC3.Count == 0) return;
        foreach (var row in child.OC3)
        {
            if (!row.HasCareLeaverItems || row.Dob.Date is not { } dob) continue;
            if (CareFacts.AgeOn(dob, context.End) is not (17 or 18)) continue;
            var seventeenth = CareFacts.BirthdayAt(dob, 17);
            foreach (var episode in child.Episodes)
            {
                if (episode.Dec.Date >= seventeenth)
                {
                    errors.Flag(row, Oc3Row.CareLeaverFields);
                    break;
                }
            }
        }
    }
}
