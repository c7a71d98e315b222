using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>A child with no episodes this year (an OC3-only care leaver) has no rows in the other child tables.</summary>
public sealed class Rule1012 : Rule
{
    public override string Code => "1012";
    public override string Message => "No other data should be returned for OC3 children who had no episodes in the current year";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.Episodes.Count > 0) return;
        // The tables the DfE tool looks in; OC3, Header, UASC and the later tables may hold a care leaver's rows.
        errors.FlagAll(child.PlacedAdoption, "CHILD");
        errors.FlagAll(child.Missing, "CHILD");
        errors.FlagAll(child.Reviews, "CHILD");
        errors.FlagAll(child.AD1, "CHILD");
        errors.FlagAll(child.PrevPerm, "CHILD");
        errors.FlagAll(child.OC2, "CHILD");
    }
}
