using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A child under 5 at 31 March and looked after continuously for 12 months has health promotion information (HEALTH_CHECK).</summary>
public sealed class Rule545 : Rule
{
    public override string Code => "545";
    public override string Message => "Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health promotion information has not been completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.OC2.Count == 0 || !CareFacts.ContinuouslyLookedAfter(child, context)) return;
        foreach (var row in child.OC2)
        {
            if (!OutcomesFacts.Has(row.HealthCheck) && row.Dob.Date is { } dob && CareFacts.AgeOn(dob, context.End) < 5)
                errors.Flag(row, "DOB", "HEALTH_CHECK");
        }
    }
}
