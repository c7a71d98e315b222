using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A child aged 5 or over at 31 March and looked after continuously for 12 months has no health promotion information (HEALTH_CHECK).</summary>
public sealed class Rule546 : Rule
{
    public override string Code => "546";
    public override string Message => "Children aged 5 or over at 31 March should not have health promotion information completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.OC2.Count == 0 || !CareFacts.ContinuouslyLookedAfter(child, context)) return;
        foreach (var row in child.OC2)
        {
            if (OutcomesFacts.Has(row.HealthCheck) && row.Dob.Date is { } dob && CareFacts.AgeOn(dob, context.End) >= 5)
                errors.Flag(row, "DOB", "HEALTH_CHECK");
        }
    }
}
