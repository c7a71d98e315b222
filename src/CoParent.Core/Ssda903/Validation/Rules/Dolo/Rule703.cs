using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Dolo;

/// <summary>A DoLO cannot start after the collection year ends (31 March).</summary>
public sealed class Rule703 : Rule
{
    public override string Code => "703";
    public override string Message => "The date that the DoLO started is after the end of the collection year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.DoLo];
    public override int FirstYear => 2027;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.DoLo)
        {
            if (row.DoloStart.Date > context.End) errors.Flag(row, "DOLO_START");
        }
    }
}
