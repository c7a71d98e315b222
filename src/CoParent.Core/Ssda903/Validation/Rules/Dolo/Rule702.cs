using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Dolo;

/// <summary>A DoLO cannot end before it started.</summary>
public sealed class Rule702 : Rule
{
    public override string Code => "702";
    public override string Message => "The date that the DoLO ended is before the date that it started.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.DoLo];
    public override int FirstYear => 2027;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.DoLo)
        {
            if (row.DoloEnd.Date < row.DoloStart.Date) errors.Flag(row, "DOLO_END", "DOLO_START");
        }
    }
}
