using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A child whose final episode ended with care transferred to another council (REC E3) has no care leaver information.</summary>
public sealed class Rule1011 : Rule
{
    public override string Code => "1011";
    public override string Message => "This child is recorded as having his/her care transferred to another local authority for the final episode and therefore should not have the care leaver information completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.OC3];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.OC3.Count == 0 || OutcomesFacts.FinalEpisode(child) is not { Rec: "E3" }) return;
        foreach (var row in child.OC3)
        {
            if (row.HasCareLeaverItems) errors.Flag(row, Oc3Row.CareLeaverFields);
        }
    }
}
