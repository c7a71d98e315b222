using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Dolo;

/// <summary>A DoLO's end date must fall within the collection year.</summary>
public sealed class Rule704 : Rule
{
    public override string Code => "704";
    public override string Message => "The date that the DoLO ended is before the start or after the end of the collection year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.DoLo];
    public override int FirstYear => 2027;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.DoLo)
        {
            if (row.DoloEnd.Date is { } end && (end < context.Start || end > context.End)) errors.Flag(row, "DOLO_END");
        }
    }
}
