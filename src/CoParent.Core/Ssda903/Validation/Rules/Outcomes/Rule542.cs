using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A child under 10 at 31 March has no conviction information.</summary>
public sealed class Rule542 : Rule
{
    public override string Code => "542";
    public override string Message => "A child aged under 10 at 31 March should not have conviction information completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC2)
        {
            if (OutcomesFacts.Has(row.Convicted) && row.Dob.Date is { } dob && CareFacts.AgeOn(dob, context.End) < 10)
                errors.Flag(row, "CONVICTED");
        }
    }
}
