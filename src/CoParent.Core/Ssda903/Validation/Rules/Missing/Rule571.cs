using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Missing;

/// <summary>A missing period's end date must fall within the collection year.</summary>
public sealed class Rule571 : Rule
{
    public override string Code => "571";
    public override string Message => "The date that the child ceased to be missing or away from placement without authorisation is before the start or after the end of the collection year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Missing];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.Missing)
        {
            if (row.MisEnd.Date is { } end && (end < context.Start || end > context.End)) errors.Flag(row, "MIS_END");
        }
    }
}
