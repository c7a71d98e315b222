using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A child whose episode ended because they died (REC E2) has no care leaver information; last year's episodes are checked too when loaded.</summary>
public sealed class Rule1000 : Rule
{
    public override string Code => "1000";
    public override string Message => "This child is recorded as having died in care and therefore should not have the care leaver information completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.OC3];

    private static bool DiedInCare(ChildReturn child)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Rec == "E2") return true;
        }
        return false;
    }

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.OC3.Count == 0) return;
        if (!DiedInCare(child) && !(context.LastYear(child) is { } last && DiedInCare(last))) return;
        foreach (var row in child.OC3) errors.Flag(row, Oc3Row.CareLeaverFields);
    }
}
