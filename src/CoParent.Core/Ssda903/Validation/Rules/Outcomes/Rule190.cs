using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>Only a child looked after continuously for 12 months at 31 March has the OC2 health, conviction and substance misuse items.</summary>
public sealed class Rule190 : Rule
{
    public override string Code => "190";
    public override string Message => "Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.OC2];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.OC2.Count == 0 || CareFacts.ContinuouslyLookedAfter(child, context)) return;
        foreach (var row in child.OC2)
        {
            if (OutcomesFacts.HasOc2Items(row)) errors.Flag(row, OutcomesFacts.Oc2Items);
        }
    }
}
