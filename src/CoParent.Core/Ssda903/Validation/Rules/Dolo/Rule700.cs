using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Dolo;

/// <summary>Every DoLO needs a start date in DD/MM/YYYY form.</summary>
public sealed class Rule700 : Rule
{
    public override string Code => "700";
    public override string Message => "The start date of the DoLO is not a valid date.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.DoLo];
    public override int FirstYear => 2027;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.DoLo)
        {
            if (!row.DoloStart.HasDate) errors.Flag(row, "DOLO_START");
        }
    }
}
